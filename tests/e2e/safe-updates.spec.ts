import path from 'node:path';
import { test, expect } from 'playwright/test';
import { launchExtensionBrowser, serveFixture, type ExtensionBrowser } from './harness';
import { configureExtension, fixtureUrl, openProfile, openReview } from './extension-setup';
import { startTestSandbox, type TestSandbox } from './sandbox-control';
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

const CALLA_ID = '0b6f7c1e-3a52-4d0e-9a77-1c2d3e4f5a61';
const CALLA_SLUG = 'calla-northallen-2da20053';
const CALLA_PAGE = {
  headline: 'Healthcare AI · Technical Recruiter · Mentor',
  location: 'Pinecrest Hollow, Oregon, United States',
  title: 'Technical Recruiter',
  company: 'Bluefen Insurance',
};
/** Calla as Stardex has her: same names, location and URL; older headline, title and company. */
const callaInStardex = {
  id: CALLA_ID,
  name: 'Calla Northallen',
  first_name: 'Calla',
  last_name: 'Northallen',
  linkedin_public_id: CALLA_SLUG,
  linkedin_url: `https://www.linkedin.com/in/${CALLA_SLUG}/`,
  linkedin_headline: 'Recruiter at Bluefen',
  linkedin_location: CALLA_PAGE.location,
  current_job_title: 'Recruiter',
  current_company_name: 'Bluefen Mutual',
};

const ILSE_FILE = '09-guest.html';
const ILSE_URL = 'https://www.linkedin.com/in/ilse-rookhaven-6ca71c91d/';
const SOREN_FILE = '05-no-experience.html';
const SOREN_ID = '6a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';

let sandbox: TestSandbox;
let browser: ExtensionBrowser;

test.beforeAll(async () => {
  sandbox = await startTestSandbox();
});
test.afterAll(async () => {
  await sandbox.close();
});
test.beforeEach(async () => {
  browser = await launchExtensionBrowser();
});
test.afterEach(async () => {
  await browser.close();
});

test('diff per field; an unticked field is kept, an edited one sent, unchanged ones never', async () => {
  sandbox.reset([callaInStardex]);
  await configureExtension(browser, sandbox.url);
  const { tabId } = await openProfile(browser, '01-layout2025-full.html');
  const popup = await openReview(browser, tabId);
  await expect(popup.getByText('In Stardex: Calla Northallen')).toBeVisible();

  // Page value in the input, Stardex value beside it.
  await expect(popup.getByLabel('Headline')).toHaveValue(CALLA_PAGE.headline);
  await expect(stardexColumn(popup, 'headline')).toHaveText('Recruiter at Bluefen');
  await expect(popup.getByLabel('Job title')).toHaveValue(CALLA_PAGE.title);
  await expect(stardexColumn(popup, 'title')).toHaveText('Recruiter');
  await expect(popup.getByLabel('Company')).toHaveValue(CALLA_PAGE.company);
  await expect(stardexColumn(popup, 'company')).toHaveText('Bluefen Mutual');
  await expect(stardexColumn(popup, 'location')).toHaveText(CALLA_PAGE.location);
  await expect(popup.getByRole('status')).toContainText('Ready to update 3 field(s)');
  // Unchanged fields cannot be ticked.
  await expect(acceptBox(popup, 'location')).toBeDisabled();
  await expect(acceptBox(popup, 'name')).toBeDisabled();

  await acceptBox(popup, 'company').uncheck();
  await popup.getByLabel('Job title').fill('Senior Technical Recruiter');
  await expect(popup.getByRole('status')).toContainText('Ready to update 2 field(s)');

  sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');

  const patches = sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]!.path).toBe(`/v1/persons/${CALLA_ID}`);
  expect(patches[0]!.body).toEqual({
    linkedin_headline: CALLA_PAGE.headline,
    current_job_title: 'Senior Technical Recruiter',
  });
  expect(sandbox.person(CALLA_ID)).toMatchObject({
    linkedin_headline: CALLA_PAGE.headline,
    current_job_title: 'Senior Technical Recruiter',
    current_company_name: 'Bluefen Mutual',
  });
});

test('"Only fill empty fields": only the fields Stardex leaves empty are sent', async () => {
  const hugoId = 'c4d8a1b2-5e6f-4a70-9b81-3c2d4e5f6a03';
  const hugoSlug = 'hugo-vesterholm-c76869bc';
  sandbox.reset([
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
  await configureWithOptions(browser, sandbox.url, { onlyFillEmpty: true });
  const { tabId } = await openProfile(browser, '03-layout2024.html');
  const popup = await openReview(browser, tabId);
  await expect(popup.getByText('Only empty Stardex fields are filled')).toBeVisible();
  await expect(popup.getByRole('status')).toContainText('Ready to update 2 field(s)');
  await expect(acceptBox(popup, 'headline')).toBeDisabled();
  await expect(acceptBox(popup, 'title')).toBeDisabled();

  sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');
  const patches = sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]!.body).toEqual({
    linkedin_location: 'Pinecrest Hollow, Oregon, United States',
    company_name: 'Lumenvale Optics',
  });
  expect(sandbox.person(hugoId)).toMatchObject({
    linkedin_headline: 'Engineering leader',
    current_job_title: 'Director of Engineering',
  });
});

test('create sends no headline, then PATCHes the headline onto the new person', async () => {
  sandbox.reset([]);
  await configureExtension(browser, sandbox.url);
  const { tabId } = await openProfile(browser, ILSE_FILE);
  const popup = await openReview(browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');

  sandbox.clearLog();
  await popup.getByRole('button', { name: 'Create in Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Created Ilse Rookhaven in Stardex');
  await expect(popup.getByText('In Stardex: Ilse Rookhaven')).toBeVisible();

  const creates = sandbox.requests().filter(isCreate);
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
  const [created, ...others] = await personsWithLinkedinUrl(sandbox, ILSE_URL);
  expect(others).toEqual([]);
  const patches = sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]!.path).toBe(`/v1/persons/${created!.id}`);
  expect(patches[0]!.body).toEqual({
    linkedin_headline: 'Customer Success Manager at Fernhollow Foods | Cloud | FinTech | Leadership',
  });
  expect(sandbox.person(created!.id)?.linkedin_headline).toBe(
    'Customer Success Manager at Fernhollow Foods | Cloud | FinTech | Leadership',
  );
});

test('a create whose answer never comes is not repeated: one person, and the popup shows it', async () => {
  test.setTimeout(60_000);
  sandbox.reset([]);
  await configureExtension(browser, sandbox.url);
  const { tabId } = await openProfile(browser, ILSE_FILE);
  const popup = await openReview(browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');

  // Only the create itself (not the search under the same prefix): it happens, its answer never comes.
  sandbox.addFaults({ method: 'POST', path: '^/v1/persons$', kind: 'hang', apply: true });
  sandbox.clearLog();
  await popup.getByRole('button', { name: 'Create in Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Creating in Stardex');
  // The client gives up after 15 s, then searches before reporting.
  await expect(popup.getByText('In Stardex: Ilse Rookhaven')).toBeVisible({ timeout: 30_000 });
  await expect(popup.getByRole('status')).toContainText(
    'Created in Stardex (the answer was lost, the search found it)',
  );
  await expect(popup.getByRole('button', { name: 'Create in Stardex' })).toHaveCount(0);

  expect(sandbox.requests().filter(isCreate)).toHaveLength(1);
  const persons = await personsWithLinkedinUrl(sandbox, ILSE_URL);
  expect(persons).toHaveLength(1);
  // The headline the create could not carry still follows.
  await expect
    .poll(() => sandbox.person(persons[0]!.id)?.linkedin_headline)
    .toBe('Customer Success Manager at Fernhollow Foods | Cloud | FinTech | Leadership');

  // Reopening the review finds the person; nothing offers to create again.
  const again = await openReview(browser, tabId);
  await expect(again.getByText('In Stardex: Ilse Rookhaven')).toBeVisible();
  expect(sandbox.requests().filter(isCreate)).toHaveLength(1);
});

test('a create Stardex refuses says so, creates nothing, and the next click searches first then creates once', async () => {
  sandbox.reset([]);
  await configureExtension(browser, sandbox.url);
  const { tabId } = await openProfile(browser, ILSE_FILE);
  const popup = await openReview(browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');

  sandbox.addFaults({ method: 'POST', path: '^/v1/persons$', kind: 'status', status: 500 });
  sandbox.clearLog();
  await popup.getByRole('button', { name: 'Create in Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Nothing was created');
  expect(sandbox.requests().filter(isCreate)).toHaveLength(1);
  expect(await personsWithLinkedinUrl(sandbox, ILSE_URL)).toEqual([]);

  sandbox.clearLog();
  await popup.getByRole('button', { name: 'Create in Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Created Ilse Rookhaven in Stardex');
  const writes = sandbox.requests().filter((r) => isSearch(r) || isCreate(r));
  expect(writes[0]).toMatchObject({ method: 'POST', path: '/v1/persons/search', body: { linkedin_url: ILSE_URL } });
  expect(sandbox.requests().filter(isCreate)).toHaveLength(1);
  expect(sandbox.requests().findIndex(isCreate)).toBeGreaterThan(sandbox.requests().findIndex(isSearch));
  expect(await personsWithLinkedinUrl(sandbox, ILSE_URL)).toHaveLength(1);
});

test('a manual link survives a browser restart, saves go to the linked person, Unlink undoes it', async () => {
  sandbox.reset([{ id: SOREN_ID, name: 'Soren Calderwick', emails: [{ value: 'soren@calderwick.example' }] }]);
  await configureExtension(browser, sandbox.url);
  let { tabId } = await openProfile(browser, SOREN_FILE);
  let popup = await openReview(browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');

  await popup.getByRole('button', { name: 'Link to a different person' }).click();
  await popup.getByLabel('Find in Stardex (name or email)').fill('soren@calderwick.example');
  await popup.getByRole('button', { name: 'Search' }).click();
  await popup.getByRole('button', { name: 'Link to Soren Calderwick' }).click();
  await expect(popup.getByText(/^In Stardex: Soren Calderwick.*\(linked by you\)$/)).toBeVisible();

  // Restart the browser on the same profile directory.
  const dir = browser.userDataDir;
  await browser.close({ keepProfile: true });
  browser = await launchExtensionBrowser(dir);
  ({ tabId } = await openProfile(browser, SOREN_FILE));
  popup = await openReview(browser, tabId);
  await expect(popup.getByText(/^In Stardex: Soren Calderwick.*\(linked by you\)$/)).toBeVisible();

  // Keep the record free of this LinkedIn URL, so only the link connects them.
  await acceptBox(popup, 'linkedinUrl').uncheck();
  sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');
  const patches = sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]!.path).toBe(`/v1/persons/${SOREN_ID}`);
  expect(patches[0]!.body).toMatchObject({ linkedin_headline: 'Independent researcher · Writing about data ethics' });
  expect(patches[0]!.body).not.toHaveProperty('linkedin_url');

  await popup.getByRole('button', { name: 'Unlink' }).click();
  await expect(popup.getByText('Not in Stardex: no person there has this LinkedIn URL.').first()).toBeVisible();
  await expect(popup.getByText('(linked by you)')).toHaveCount(0);
  expect(await storedLinks(browser)).toEqual({});
});

test('linking to a person who belongs to another LinkedIn profile is refused and nothing is stored', async () => {
  sandbox.reset([
    {
      id: SOREN_ID,
      name: 'Soren Calderwick',
      linkedin_public_id: 'soren-calderwick-0000aaaa',
      linkedin_url: 'https://www.linkedin.com/in/soren-calderwick-0000aaaa/',
    },
  ]);
  await configureExtension(browser, sandbox.url);
  const { tabId } = await openProfile(browser, SOREN_FILE);
  const popup = await openReview(browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');

  await popup.getByRole('button', { name: 'Link to a different person' }).click();
  await popup.getByLabel('Find in Stardex (name or email)').fill('Soren Calderwick');
  await popup.getByRole('button', { name: 'Search' }).click();
  sandbox.clearLog();
  await popup.getByRole('button', { name: 'Link to Soren Calderwick' }).click();
  await expect(popup.getByRole('status')).toContainText('belongs to another LinkedIn profile');
  await expect(popup.getByText('(linked by you)')).toHaveCount(0);
  expect(await storedLinks(browser)).toEqual({});
  expect(sandbox.requests().filter((r) => r.method !== 'GET' && !isSearch(r))).toEqual([]);
  expect(sandbox.person(SOREN_ID)?.linkedin_public_id).toBe('soren-calderwick-0000aaaa');
});

test('the tab moving to another profile between review and save sends nothing', async () => {
  sandbox.reset([callaInStardex]);
  await configureExtension(browser, sandbox.url);
  const { page, tabId } = await openProfile(browser, '01-layout2025-full.html');
  const popup = await openReview(browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Ready to update 3 field(s)');

  const katrinFile = '02-layout2025-fragment.html';
  await serveFixture(browser.context, fixtureUrl(katrinFile), path.resolve('tests/fixtures/linkedin', katrinFile));
  await page.goto(fixtureUrl(katrinFile));

  sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('tab moved');
  await expect(popup.getByRole('status')).toContainText('nothing was sent');
  expect(sandbox.requests().filter(isPatch)).toEqual([]);
  expect(sandbox.person(CALLA_ID)?.current_job_title).toBe('Recruiter');
});

test('a Stardex person now naming another LinkedIn profile is not updated', async () => {
  sandbox.reset([callaInStardex]);
  await configureExtension(browser, sandbox.url);
  const { tabId } = await openProfile(browser, '01-layout2025-full.html');
  const popup = await openReview(browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Ready to update 3 field(s)');

  // Someone re-points the record at another profile after the review was read.
  await patchInSandbox(sandbox, CALLA_ID, { linkedin_url: 'https://www.linkedin.com/in/calla-northallen-99999999/' });

  sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('belongs to another LinkedIn profile');
  await expect(popup.getByRole('status')).toContainText('nothing was sent');
  expect(sandbox.requests().filter(isPatch)).toEqual([]);
  expect(sandbox.person(CALLA_ID)).toMatchObject({
    current_job_title: 'Recruiter',
    linkedin_headline: 'Recruiter at Bluefen',
  });
});

test('a malformed work email blocks saving; a valid one goes as work_email only; enrich only when ticked', async () => {
  sandbox.reset([{ ...callaInStardex, emails: [{ value: 'calla@home.example' }] }]);
  await configureExtension(browser, sandbox.url);
  const { tabId } = await openProfile(browser, '01-layout2025-full.html');
  const popup = await openReview(browser, tabId);
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
  sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');
  let patches = sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]!.body).toEqual({
    linkedin_headline: CALLA_PAGE.headline,
    current_job_title: CALLA_PAGE.title,
    company_name: CALLA_PAGE.company,
    work_email: 'calla.northallen@bluefen.example',
  });
  expect(sandbox.person(CALLA_ID)?.emails.map((e) => e.value)).toEqual(
    expect.arrayContaining(['calla@home.example', 'calla.northallen@bluefen.example']),
  );

  // Second save: enrich ticked for this save only.
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');
  await popup.getByLabel('Headline').fill('Technical Recruiter for healthcare AI');
  await popup.getByLabel('Enrich in Stardex (may use paid credits)').check();
  sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');
  patches = sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]!.body).toEqual({ linkedin_headline: 'Technical Recruiter for healthcare AI', enrich_record: true });
  await expect(popup.getByLabel('Enrich in Stardex (may use paid credits)')).not.toBeChecked();
});
