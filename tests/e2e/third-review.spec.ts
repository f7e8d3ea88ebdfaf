import { expect, type Page } from 'playwright/test';
import {
  clearSandboxFaults,
  clickSave,
  expectAppliedExactlyOnce,
  expectNotApplied,
  patchesOf,
  PERSON_PATH,
  reviewWithEditedHeadline,
  statusText,
  storedOutbox,
} from './fault-helpers';
import { test, useExtensionEnvironment } from './environment';
import { openProfile, openReview, SANDBOX_API_KEY, saveSettingsByMessage } from './extension-setup';
import { CALLA_FILE, CALLA_ID, CALLA_PAGE, CALLA_SLUG, callaInStardex } from './calla';
import { menuHelpers } from './menu-helpers';

/**
 * Issue 22, in the built extension in Chromium against the sandbox: saves that wait for a key instead
 * of failing (item 1), a create partly refused (item 2), a create that finds the person (item 3), two
 * creates of one profile (item 4), a right-click value with the side panel open (item 5), which 404
 * removes a hand-made link (item 6), a refused note after an applied PATCH (item 7), damaged settings (item 8),
 * a record with a legacy LinkedIn URL linked only after the user confirms (item 13).
 * docs/fault-table.md, "Third review", summarises what each case now does.
 */

const env = useExtensionEnvironment();
test.afterEach(async () => {
  await clearSandboxFaults(env.sandbox);
});

test('item 1: a save refused for its key (401) waits, and goes out once a key is saved again', async () => {
  const { popup, extensionPage } = await reviewWithEditedHeadline(env.browser, env.sandbox);
  env.sandbox.addFaults({ method: 'PATCH', path: PERSON_PATH, kind: 'status', status: 401 });
  await clickSave(popup);
  await expect(statusText(popup)).toContainText('it waits, and is sent as soon as a key for its Stardex is saved');
  expect(await storedOutbox(extensionPage)).toMatchObject([{ state: 'pending', lastError: { kind: 'auth' } }]);
  expectNotApplied(env.sandbox);
  // The user saves the key again in Options: the waiting save goes out without "Retry now".
  await extensionPage.reload();
  await extensionPage.getByLabel('API key').fill(SANDBOX_API_KEY);
  await extensionPage.getByRole('button', { name: 'Save' }).click();
  await expectAppliedExactlyOnce(env.sandbox);
  await expect.poll(() => storedOutbox(extensionPage)).toEqual([]);
  expect(patchesOf(env.sandbox).map((request) => request.status)).toEqual([401, 200]);
});

test("item 7: a refused note after an applied PATCH reports the fields saved and the note refused with Stardex's reason", async () => {
  const { popup, extensionPage } = await reviewWithEditedHeadline(env.browser, env.sandbox);
  await popup.getByLabel('Note', { exact: true }).fill('Met at the healthcare AI meetup');
  env.sandbox.addFaults({
    method: 'POST',
    path: '/v1/person-activities',
    kind: 'status',
    status: 400,
    message: 'activity_content contains unsupported markup',
  });
  await clickSave(popup);
  await expect(statusText(popup)).toContainText('Saved to Stardex: updated 2 field(s).');
  await expect(statusText(popup)).toContainText('Not saved: note');
  await expect(statusText(popup)).toContainText('activity_content contains unsupported markup');
  await expectAppliedExactlyOnce(env.sandbox);
  expect(await storedOutbox(extensionPage)).toMatchObject([
    { state: 'failed', patch: {}, notes: ['Met at the healthcare AI meetup'] },
  ]);
});

test('item 8: damaged settings: Options shows its form, says which settings were reset, and offers both removals', async () => {
  await env.browser.serviceWorker.evaluate(() =>
    chrome.storage.local.set({
      settings: {
        baseUrl: 'https://api.stardex.ai',
        onlyFillEmpty: true,
        badgeLookup: true,
        reviewOpensIn: 'floating-window',
      },
    }),
  );
  const options = await env.browser.openExtensionPage('options.html');
  await expect(
    options.getByText('Some stored settings were damaged and now read as their defaults: reviewOpensIn.'),
  ).toBeVisible();
  await expect(options.getByLabel('API key')).toBeVisible();
  await expect(options.getByLabel('API base URL')).toHaveValue('https://api.stardex.ai');
  await expect(options.getByRole('button', { name: 'Remove API key' })).toBeVisible();
  await expect(options.getByRole('button', { name: 'Clear saved data' })).toBeVisible();
  await options.close();
});

const isCreate = (request: { method: string; path: string }) =>
  request.method === 'POST' && request.path === '/v1/persons';
const isPatch = (request: { method: string }) => request.method === 'PATCH';

/** Calla's profile with nobody in Stardex for it, and her review open at "Not in Stardex". */
async function callaNotInStardex() {
  env.sandbox.reset([]);
  const extensionPage = await saveSettingsByMessage(env.browser, env.sandbox.url);
  const calla = await openProfile(env.browser, CALLA_FILE);
  const popup = await openReview(env.browser, calla.tabId);
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');
  env.sandbox.clearLog();
  return { ...calla, popup, extensionPage };
}

test('item 2: a create whose follow-up PATCH is refused says what was not saved, not only "Created"', async () => {
  const { popup } = await callaNotInStardex();
  env.sandbox.addFaults({
    method: 'PATCH',
    path: '/v1/persons/',
    kind: 'status',
    status: 400,
    message: 'linkedin_headline contains unsupported characters',
  });
  await popup.getByRole('button', { name: 'Create in Stardex' }).click();
  await expect(statusText(popup)).toContainText('Created Calla Northallen in Stardex.');
  await expect(statusText(popup)).toContainText('Not saved: linkedin_headline');
  await expect(statusText(popup)).toContainText('linkedin_headline contains unsupported characters');
  expect(env.sandbox.requests().filter(isCreate)).toHaveLength(1);
  expect(
    env.sandbox
      .requests()
      .filter(isPatch)
      .map((request) => request.status),
  ).toEqual([400]);
});

test('item 3: a create that finds the person saves the review to them and says they already existed', async () => {
  const { popup } = await callaNotInStardex();
  // Meanwhile someone else added her to Stardex, with an older job title.
  env.sandbox.reset([callaInStardex({ current_job_title: 'Recruiter' })]);
  await popup.getByRole('button', { name: 'Create in Stardex' }).click();
  await expect(statusText(popup)).toContainText(
    'Calla Northallen was already in Stardex, so nothing was created: the review was saved to them instead.',
  );
  expect(env.sandbox.requests().filter(isCreate)).toEqual([]);
  expect(
    env.sandbox
      .requests()
      .filter(isPatch)
      .map((request) => [request.path, request.body]),
  ).toEqual([[`/v1/persons/${CALLA_ID}`, { current_job_title: CALLA_PAGE.title }]]);
  expect(env.sandbox.person(CALLA_ID)?.current_job_title).toBe(CALLA_PAGE.title);
});

test('item 4: Create clicked in the popup and in the side panel for one profile sends one POST; the second becomes a save', async () => {
  const { page, popup } = await callaNotInStardex();
  const panel = await env.browser.openExtensionPage('sidepanel.html');
  await page.bringToFront();
  await expect(panel.getByRole('status')).toContainText('Not in Stardex');
  // The first create is still in flight when the second is clicked.
  env.sandbox.addFaults({ method: 'POST', path: '^/v1/persons$', kind: 'delay', delayMs: 1500 });
  await Promise.all([
    popup.getByRole('button', { name: 'Create in Stardex' }).click(),
    panel.getByRole('button', { name: 'Create in Stardex' }).click(),
  ]);
  const said = async () => [await statusText(popup).textContent(), await panel.getByRole('status').textContent()];
  await expect
    .poll(async () => (await said()).filter((text) => /Created Calla Northallen/.test(text ?? '')).length)
    .toBe(1);
  await expect
    .poll(async () => (await said()).filter((text) => /was already in Stardex/.test(text ?? '')).length)
    .toBe(1);
  expect(env.sandbox.requests().filter(isCreate)).toHaveLength(1);
  await panel.close();
});

test('item 5: a right-click Work email with the side panel open reaches the panel at once, survives its autosave and is saved', async () => {
  env.sandbox.reset([callaInStardex()]);
  const extensionPage = await saveSettingsByMessage(env.browser, env.sandbox.url);
  const calla = await openProfile(env.browser, CALLA_FILE);
  const panel = await env.browser.openExtensionPage('sidepanel.html');
  await calla.page.bringToFront();
  await expect(panel.getByText('In Stardex: Calla Northallen')).toBeVisible();
  await panel.getByLabel('Headline', { exact: true }).fill('Technical Recruiter for healthcare AI teams');

  await menuHelpers(env).clickMenu(calla.tabId, {
    menuItemId: 'add-as:workEmail',
    selectionText: 'calla@bluefen.example',
  });
  await expect(panel.getByLabel('Work email')).toHaveValue('calla@bluefen.example');
  await expect(panel.getByLabel('Headline', { exact: true })).toHaveValue(
    'Technical Recruiter for healthcare AI teams',
  );
  // The panel's next autosave keeps the right-click value.
  await panel.getByLabel('Location', { exact: true }).fill('Portland, Oregon, United States');
  await expect
    .poll(() => extensionPage.evaluate(async () => (await chrome.storage.local.get('drafts')).drafts))
    .toMatchObject({
      [CALLA_SLUG]: {
        values: {
          headline: 'Technical Recruiter for healthcare AI teams',
          location: 'Portland, Oregon, United States',
          workEmail: 'calla@bluefen.example',
        },
      },
    });

  env.sandbox.clearLog();
  await panel.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(panel.getByRole('status')).toContainText('Saved to Stardex');
  expect(
    env.sandbox
      .requests()
      .filter(isPatch)
      .map((request) => request.body),
  ).toEqual([
    {
      linkedin_headline: 'Technical Recruiter for healthcare AI teams',
      linkedin_location: 'Portland, Oregon, United States',
      work_email: 'calla@bluefen.example',
    },
  ]);
  await panel.close();
});

/** Calla's profile linked by hand to a Stardex person that has no LinkedIn URL. */
const LINKED_ID = '8e2f4a6b-1c3d-4e5f-9a7b-2c4d6e8f0a1b';
async function callaLinkedByHand(persons: { id: string; name: string }[]) {
  env.sandbox.reset(persons);
  const extensionPage = await saveSettingsByMessage(env.browser, env.sandbox.url);
  await extensionPage.evaluate(
    ({ slug, personId }) =>
      chrome.storage.local.set({
        profileLinks: { [slug]: { personId, personName: 'Calla N.', linkedAt: Date.now() } },
      }),
    { slug: CALLA_SLUG, personId: LINKED_ID },
  );
  const calla = await openProfile(env.browser, CALLA_FILE);
  const storedLink = () =>
    extensionPage.evaluate(async (slug) => {
      const { profileLinks } = await chrome.storage.local.get('profileLinks');
      return (profileLinks as Record<string, { personId: string }> | undefined)?.[slug] ?? null;
    }, CALLA_SLUG);
  return { ...calla, storedLink };
}

test("item 6: a routing 404 leaves a hand-made link; Stardex's own 'person not found' removes it in the review, which says so", async () => {
  const routed = await callaLinkedByHand([{ id: LINKED_ID, name: 'Calla N.' }]);
  env.sandbox.addFaults({
    method: 'GET',
    path: `/v1/persons/${LINKED_ID}`,
    kind: 'status',
    status: 404,
    shape: 3,
    message: `Cannot GET /api/v1/persons/${LINKED_ID}`,
    times: 20,
  });
  const popup = await openReview(env.browser, routed.tabId);
  await expect(popup.getByRole('status')).toContainText('Stardex answered "not found" without naming a person');
  await expect(popup.getByText('link was removed')).toHaveCount(0);
  expect(await routed.storedLink()).toEqual(expect.objectContaining({ personId: LINKED_ID }));
  await popup.close();
  await clearSandboxFaults(env.sandbox);

  // The person is gone from Stardex: its own answer says so, and the review removes the link.
  const deleted = await callaLinkedByHand([]);
  const review = await openReview(env.browser, deleted.tabId);
  await expect(review.getByText('The Stardex person you linked (Calla N.)')).toBeVisible();
  await expect(review.getByText('so the link was removed')).toBeVisible();
  expect(await deleted.storedLink()).toBeNull();
});

/** Calla's record as an older import left it: a `/pub/…` LinkedIn address and no public id. */
const CALLA_PUB_URL = 'https://www.linkedin.com/pub/calla-northallen/2d/a20/053';
const confirmedLink = (extensionPage: Page) =>
  extensionPage.evaluate(async (slug) => {
    const { profileLinks } = await chrome.storage.local.get('profileLinks');
    return (profileLinks as Record<string, unknown> | undefined)?.[slug] ?? null;
  }, CALLA_SLUG);

test('item 13: a record with a legacy LinkedIn URL is linked only after the user confirms, then saves go to it', async () => {
  env.sandbox.reset([
    callaInStardex({ linkedin_public_id: null, linkedin_url: CALLA_PUB_URL, current_job_title: 'Recruiter' }),
  ]);
  const extensionPage = await saveSettingsByMessage(env.browser, env.sandbox.url);
  const calla = await openProfile(env.browser, CALLA_FILE);
  const popup = await openReview(env.browser, calla.tabId);
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');

  const pickCalla = async () => {
    await popup.getByLabel('Find in Stardex (name or email)').fill('Calla Northallen');
    await popup.getByRole('button', { name: 'Search', exact: true }).click();
    await popup.getByRole('button', { name: 'Link to Calla Northallen' }).click();
  };
  await popup.getByRole('button', { name: 'Link to a different person' }).click();
  await pickCalla();
  const question = popup.getByText(`has an older LinkedIn address in Stardex (${CALLA_PUB_URL})`);
  await expect(question).toBeVisible();
  expect(await confirmedLink(extensionPage)).toBeNull();

  // Cancel links nothing; picking her again asks again.
  await popup.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  expect(await confirmedLink(extensionPage)).toBeNull();
  await pickCalla();
  await popup.getByRole('button', { name: 'It is this person: link' }).click();
  await expect(popup.getByText('(linked by you)')).toBeVisible();
  expect(await confirmedLink(extensionPage)).toMatchObject({ personId: CALLA_ID, confirmedLegacyUrl: CALLA_PUB_URL });

  // A save with the LinkedIn URL left unticked goes to her and leaves her stored address alone.
  const linkedinUrlRow = popup.getByRole('checkbox', { name: 'Update LinkedIn URL in Stardex' });
  env.sandbox.clearLog();
  await linkedinUrlRow.uncheck();
  await clickSave(popup);
  await expect(statusText(popup)).toContainText('Saved to Stardex: updated 1 field(s)');
  expect(patchesOf(env.sandbox).map((request) => request.body)).toEqual([{ current_job_title: CALLA_PAGE.title }]);
  expect(env.sandbox.person(CALLA_ID)?.linkedin_url).toBe(CALLA_PUB_URL);

  // The review reads her record again: the job title is now hers, and the LinkedIn URL row is ticked again
  // (a changed row is ticked by default). Saved, it re-points her record to this profile's canonical address.
  await expect(popup.getByRole('checkbox', { name: 'Update Job title in Stardex' })).toBeDisabled();
  await expect(linkedinUrlRow).toBeChecked();
  env.sandbox.clearLog();
  await clickSave(popup);
  await expect
    .poll(() => patchesOf(env.sandbox).map((request) => request.body))
    .toEqual([{ linkedin_url: `https://www.linkedin.com/in/${CALLA_SLUG}/` }]);
  await expect(statusText(popup)).toContainText('Saved to Stardex: updated 1 field(s)');
  expect(env.sandbox.person(CALLA_ID)).toMatchObject({ linkedin_public_id: CALLA_SLUG });
});
