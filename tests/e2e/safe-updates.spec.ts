import path from 'node:path';
import { expect } from 'playwright/test';
import { launchExtensionBrowser, serveFixture } from '../../scripts/extension-browser';
import { fixtureUrl, openProfile, openReview, saveSettingsByMessage } from './extension-setup';
import {
  acceptBox,
  configureWithOptions,
  isCreate,
  isPatch,
  isSearch,
  patchInSandbox,
  personsWithLinkedinUrl,
  stardexColumn,
  storedLinks,
} from './safe-updates-helpers';
import { test, useExtensionEnvironment } from './environment';
import { CALLA_ID, CALLA_PAGE, callaInStardex } from './calla';

/** Calla as Stardex has her: same names, location and URL; older headline, title and company. */
const callaRecord = callaInStardex({
  linkedin_headline: 'Recruiter at Bluefen',
  current_job_title: 'Recruiter',
  current_company_name: 'Bluefen Mutual',
});

const ILSE_FILE = '09-guest.html';
const ILSE_URL = 'https://www.linkedin.com/in/ilse-rookhaven-6ca71c91d/';
const SOREN_FILE = '05-no-experience.html';
const SOREN_ID = '6a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';

const env = useExtensionEnvironment();

test('diff per field; an unticked field is kept, an edited one sent, unchanged ones never', async () => {
  env.sandbox.reset([callaRecord]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, '01-layout2025-full.html');
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByText('In Stardex: Calla Northallen')).toBeVisible();

  // Page value in the input, Stardex value beside it.
  await expect(popup.getByLabel('Headline', { exact: true })).toHaveValue(CALLA_PAGE.headline);
  await expect(stardexColumn(popup, 'headline')).toHaveText('Recruiter at Bluefen');
  await expect(popup.getByLabel('Job title', { exact: true })).toHaveValue(CALLA_PAGE.title);
  await expect(stardexColumn(popup, 'title')).toHaveText('Recruiter');
  await expect(popup.getByLabel('Company', { exact: true })).toHaveValue(CALLA_PAGE.company);
  await expect(stardexColumn(popup, 'company')).toHaveText('Bluefen Mutual');
  await expect(stardexColumn(popup, 'location')).toHaveText(CALLA_PAGE.location);
  await expect(popup.getByRole('status')).toContainText('Ready to update 3 field(s)');
  // Unchanged fields cannot be ticked.
  await expect(acceptBox(popup, 'location')).toBeDisabled();
  await expect(acceptBox(popup, 'name')).toBeDisabled();

  await acceptBox(popup, 'company').uncheck();
  await popup.getByLabel('Job title', { exact: true }).fill('Senior Technical Recruiter');
  await expect(popup.getByRole('status')).toContainText('Ready to update 2 field(s)');

  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');

  const patches = env.sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]!.path).toBe(`/v1/persons/${CALLA_ID}`);
  expect(patches[0]!.body).toEqual({
    linkedin_headline: CALLA_PAGE.headline,
    current_job_title: 'Senior Technical Recruiter',
  });
  expect(env.sandbox.person(CALLA_ID)).toMatchObject({
    linkedin_headline: CALLA_PAGE.headline,
    current_job_title: 'Senior Technical Recruiter',
    current_company_name: 'Bluefen Mutual',
  });
});

test('"Only fill empty fields": only the fields Stardex leaves empty are sent', async () => {
  const hugoId = 'c4d8a1b2-5e6f-4a70-9b81-3c2d4e5f6a03';
  const hugoSlug = 'hugo-vesterholm-c76869bc';
  env.sandbox.reset([
    {
      id: hugoId,
      name: 'Hugo Vesterholm',
      first_name: 'Hugo',
      last_name: 'Vesterholm',
      linkedin_public_id: hugoSlug,
      linkedin_url: `https://www.linkedin.com/in/${hugoSlug}/`,
      linkedin_headline: 'Engineering leader',
      current_job_title: 'Director of Engineering',
      // location and company are empty
    },
  ]);
  await configureWithOptions(env.browser, env.sandbox.url, { onlyFillEmpty: true });
  const { tabId } = await openProfile(env.browser, '03-layout2024.html');
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByText('Only empty Stardex fields are filled')).toBeVisible();
  await expect(popup.getByRole('status')).toContainText('Ready to update 2 field(s)');
  await expect(acceptBox(popup, 'headline')).toBeDisabled();
  await expect(acceptBox(popup, 'title')).toBeDisabled();

  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');
  const patches = env.sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]!.body).toEqual({
    linkedin_location: 'Pinecrest Hollow, Oregon, United States',
    company_name: 'Lumenvale Optics',
  });
  expect(env.sandbox.person(hugoId)).toMatchObject({
    linkedin_headline: 'Engineering leader',
    current_job_title: 'Director of Engineering',
  });
});

test('create sends no headline, then PATCHes the headline onto the new person', async () => {
  env.sandbox.reset([]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, ILSE_FILE);
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');

  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Create in Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Created Ilse Rookhaven in Stardex');
  await expect(popup.getByText('In Stardex: Ilse Rookhaven')).toBeVisible();

  const creates = env.sandbox.requests().filter(isCreate);
  expect(creates).toHaveLength(1);
  expect(creates[0]!.body).toEqual({
    name: 'Ilse Rookhaven',
    first_name: 'Ilse',
    last_name: 'Rookhaven',
    linkedin_url: ILSE_URL,
    linkedin_location: 'Ashcombe, England, United Kingdom',
    current_job_title: 'Customer Success Manager',
    company_name: 'Fernhollow Foods',
  });
  const [created, ...others] = await personsWithLinkedinUrl(env.sandbox, ILSE_URL);
  expect(others).toEqual([]);
  const patches = env.sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]!.path).toBe(`/v1/persons/${created!.id}`);
  expect(patches[0]!.body).toEqual({
    linkedin_headline: 'Customer Success Manager at Fernhollow Foods | Cloud | FinTech | Leadership',
  });
  expect(env.sandbox.person(created!.id)?.linkedin_headline).toBe(
    'Customer Success Manager at Fernhollow Foods | Cloud | FinTech | Leadership',
  );
});

test('a create whose answer never comes is not repeated: one person, and the popup shows it', async () => {
  test.setTimeout(60_000);
  env.sandbox.reset([]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, ILSE_FILE);
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');

  // Only the create itself (not the search under the same prefix): it happens, its answer never comes.
  env.sandbox.addFaults({ method: 'POST', path: '^/v1/persons$', kind: 'hang', apply: true });
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Create in Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Creating in Stardex');
  // The client gives up after 15 s, then searches before reporting.
  await expect(popup.getByText('In Stardex: Ilse Rookhaven')).toBeVisible({ timeout: 30_000 });
  await expect(popup.getByRole('status')).toContainText(
    'Created in Stardex (the answer was lost, the search found it)',
  );
  await expect(popup.getByRole('button', { name: 'Create in Stardex' })).toHaveCount(0);

  expect(env.sandbox.requests().filter(isCreate)).toHaveLength(1);
  const persons = await personsWithLinkedinUrl(env.sandbox, ILSE_URL);
  expect(persons).toHaveLength(1);
  // The headline the create could not carry still follows.
  await expect
    .poll(() => env.sandbox.person(persons[0]!.id)?.linkedin_headline)
    .toBe('Customer Success Manager at Fernhollow Foods | Cloud | FinTech | Leadership');

  // Reopening the review finds the person; nothing offers to create again.
  const again = await openReview(env.browser, tabId);
  await expect(again.getByText('In Stardex: Ilse Rookhaven')).toBeVisible();
  expect(env.sandbox.requests().filter(isCreate)).toHaveLength(1);
});

test('a create Stardex refuses says so, creates nothing, and the next click searches first then creates once', async () => {
  env.sandbox.reset([]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, ILSE_FILE);
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');

  env.sandbox.addFaults({ method: 'POST', path: '^/v1/persons$', kind: 'status', status: 500 });
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Create in Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Nothing was created');
  expect(env.sandbox.requests().filter(isCreate)).toHaveLength(1);
  expect(await personsWithLinkedinUrl(env.sandbox, ILSE_URL)).toEqual([]);

  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Create in Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Created Ilse Rookhaven in Stardex');
  const writes = env.sandbox.requests().filter((r) => isSearch(r) || isCreate(r));
  expect(writes[0]).toMatchObject({ method: 'POST', path: '/v1/persons/search', body: { linkedin_url: ILSE_URL } });
  expect(env.sandbox.requests().filter(isCreate)).toHaveLength(1);
  expect(env.sandbox.requests().findIndex(isCreate)).toBeGreaterThan(env.sandbox.requests().findIndex(isSearch));
  expect(await personsWithLinkedinUrl(env.sandbox, ILSE_URL)).toHaveLength(1);
});

test('a manual link survives a browser restart, saves go to the linked person, Unlink undoes it', async () => {
  env.sandbox.reset([{ id: SOREN_ID, name: 'Soren Calderwick', emails: [{ value: 'soren@calderwick.example' }] }]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  let { tabId } = await openProfile(env.browser, SOREN_FILE);
  let popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');

  await popup.getByRole('button', { name: 'Link to a different person' }).click();
  await popup.getByLabel('Find in Stardex (name or email)').fill('soren@calderwick.example');
  await popup.getByRole('button', { name: 'Search' }).click();
  await popup.getByRole('button', { name: 'Link to Soren Calderwick' }).click();
  await expect(popup.getByText(/^In Stardex: Soren Calderwick.*\(linked by you\)$/)).toBeVisible();

  // Restart the browser on the same profile directory.
  const dir = env.browser.userDataDir;
  await env.browser.close({ keepProfile: true });
  env.browser = await launchExtensionBrowser(dir);
  ({ tabId } = await openProfile(env.browser, SOREN_FILE));
  popup = await openReview(env.browser, tabId);
  await expect(popup.getByText(/^In Stardex: Soren Calderwick.*\(linked by you\)$/)).toBeVisible();

  // Keep the record free of this LinkedIn URL, so only the link connects them.
  await acceptBox(popup, 'linkedinUrl').uncheck();
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');
  const patches = env.sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]!.path).toBe(`/v1/persons/${SOREN_ID}`);
  expect(patches[0]!.body).toMatchObject({ linkedin_headline: 'Independent researcher · Writing about data ethics' });
  expect(patches[0]!.body).not.toHaveProperty('linkedin_url');

  await popup.getByRole('button', { name: 'Unlink' }).click();
  await expect(popup.getByText('Not in Stardex: no person there has this LinkedIn URL.').first()).toBeVisible();
  await expect(popup.getByText('(linked by you)')).toHaveCount(0);
  expect(await storedLinks(env.browser)).toEqual({});
});

test('linking to a person who belongs to another LinkedIn profile is refused and nothing is stored', async () => {
  env.sandbox.reset([
    {
      id: SOREN_ID,
      name: 'Soren Calderwick',
      linkedin_public_id: 'soren-calderwick-0000aaaa',
      linkedin_url: 'https://www.linkedin.com/in/soren-calderwick-0000aaaa/',
    },
  ]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, SOREN_FILE);
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');

  await popup.getByRole('button', { name: 'Link to a different person' }).click();
  await popup.getByLabel('Find in Stardex (name or email)').fill('Soren Calderwick');
  await popup.getByRole('button', { name: 'Search' }).click();
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Link to Soren Calderwick' }).click();
  await expect(popup.getByRole('status')).toContainText('belongs to another LinkedIn profile');
  await expect(popup.getByText('(linked by you)')).toHaveCount(0);
  expect(await storedLinks(env.browser)).toEqual({});
  expect(env.sandbox.requests().filter((r) => r.method !== 'GET' && !isSearch(r))).toEqual([]);
  expect(env.sandbox.person(SOREN_ID)?.linkedin_public_id).toBe('soren-calderwick-0000aaaa');
});

test('the tab moving to another profile between review and save sends nothing', async () => {
  env.sandbox.reset([callaRecord]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { page, tabId } = await openProfile(env.browser, '01-layout2025-full.html');
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Ready to update 3 field(s)');

  const katrinFile = '02-layout2025-fragment.html';
  await serveFixture(env.browser.context, fixtureUrl(katrinFile), path.resolve('tests/fixtures/linkedin', katrinFile));
  await page.goto(fixtureUrl(katrinFile));

  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('tab moved');
  await expect(popup.getByRole('status')).toContainText('nothing was sent');
  expect(env.sandbox.requests().filter(isPatch)).toEqual([]);
  expect(env.sandbox.person(CALLA_ID)?.current_job_title).toBe('Recruiter');
});

test('a Stardex person now naming another LinkedIn profile is not updated', async () => {
  env.sandbox.reset([callaRecord]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, '01-layout2025-full.html');
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Ready to update 3 field(s)');

  // Someone re-points the record at another profile after the review was read.
  await patchInSandbox(env.sandbox, CALLA_ID, {
    linkedin_url: 'https://www.linkedin.com/in/calla-northallen-99999999/',
  });

  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('belongs to another LinkedIn profile');
  await expect(popup.getByRole('status')).toContainText('nothing was sent');
  expect(env.sandbox.requests().filter(isPatch)).toEqual([]);
  expect(env.sandbox.person(CALLA_ID)).toMatchObject({
    current_job_title: 'Recruiter',
    linkedin_headline: 'Recruiter at Bluefen',
  });
});

test('a malformed work email blocks saving; a valid one goes as work_email only; enrich only when ticked', async () => {
  env.sandbox.reset([{ ...callaRecord, emails: [{ value: 'calla@home.example' }] }]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, '01-layout2025-full.html');
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Ready to update 3 field(s)');
  await expect(popup.getByLabel('Enrich in Stardex (may use paid credits)')).not.toBeChecked();

  await popup.getByText('Contact details').click();
  const workEmail = popup.getByLabel('Work email');
  await workEmail.fill('calla@@bluefen');
  await expect(workEmail).toHaveAttribute('aria-invalid', 'true');
  await expect(popup.locator('#contact-workEmail-problem')).toHaveText(/email address like/);
  await expect(popup.getByRole('status')).toContainText('Fix the contact details');
  await expect(popup.getByRole('button', { name: 'Save to Stardex' })).toBeDisabled();

  await workEmail.fill('calla.northallen@bluefen.example');
  await expect(popup.locator('#contact-workEmail-problem')).toHaveCount(0);
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');
  let patches = env.sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]!.body).toEqual({
    linkedin_headline: CALLA_PAGE.headline,
    current_job_title: CALLA_PAGE.title,
    company_name: CALLA_PAGE.company,
    work_email: 'calla.northallen@bluefen.example',
  });
  expect(env.sandbox.person(CALLA_ID)?.emails.map((e) => e.value)).toEqual(
    expect.arrayContaining(['calla@home.example', 'calla.northallen@bluefen.example']),
  );

  // Second save: enrich ticked for this save only.
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');
  await popup.getByLabel('Headline', { exact: true }).fill('Technical Recruiter for healthcare AI');
  await popup.getByLabel('Enrich in Stardex (may use paid credits)').check();
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');
  patches = env.sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]!.body).toEqual({ linkedin_headline: 'Technical Recruiter for healthcare AI', enrich_record: true });
  await expect(popup.getByLabel('Enrich in Stardex (may use paid credits)')).not.toBeChecked();
});
