import { expect, type Page } from 'playwright/test';
import {
  CALLA_ID,
  clickSave,
  OLD_HEADLINE,
  pendingEntry,
  reviewWithEditedHeadline,
  statusText,
  watchServiceWorker,
} from './fault-helpers';
import { CALLA_SLUG } from './calla';
import { openProfile, openReview } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';
import { acceptBox, isPatch, patchInSandbox } from './safe-updates-helpers';

/**
 * Issue 10, items 1 and 6 in the built extension: a refused save never lends its values to a later
 * save, and damaged stored data is set aside instead of blocking every save.
 */

const env = useExtensionEnvironment();

const CALLA_URL = `https://www.linkedin.com/in/${CALLA_SLUG}/`;
const KATRIN_FILE = '02-layout2025-fragment.html';
const KATRIN_URL = 'https://www.linkedin.com/in/katrin-quennerby-ea93508d/';

interface StoredEntry {
  state: string;
  linkedinUrl: string;
  patch: Record<string, unknown>;
}

function storedOutbox(page: Page): Promise<StoredEntry[]> {
  return page.evaluate(async () => ((await chrome.storage.local.get('outbox')).outbox ?? []) as StoredEntry[]);
}

test('a save refused because the person now names another profile stays failed; a newer save from that profile goes out without its values', async () => {
  const { popup, extensionPage } = await reviewWithEditedHeadline(env.browser, env.sandbox);
  // Someone re-points Calla's record at Katrin's profile after Calla's review was read.
  await patchInSandbox(env.sandbox, CALLA_ID, { linkedin_url: KATRIN_URL });
  env.sandbox.clearLog();
  await clickSave(popup);
  await expect(statusText(popup)).toHaveText(
    'This Stardex person belongs to another LinkedIn profile (katrin-quennerby-ea93508d), so nothing was sent.',
  );
  expect(await storedOutbox(extensionPage)).toMatchObject([{ state: 'failed', linkedinUrl: CALLA_URL }]);

  // On Katrin's page the record is found by its new URL; only what the user leaves ticked may go.
  const katrin = await openProfile(env.browser, KATRIN_FILE);
  const review = await openReview(env.browser, katrin.tabId);
  await expect(review.getByText('In Stardex: Calla Northallen')).toBeVisible();
  await acceptBox(review, 'headline').uncheck();
  await acceptBox(review, 'title').uncheck();
  await review.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(statusText(review)).toHaveText(/^Saved to Stardex: updated \d+ field\(s\)\.$/);

  const patches = env.sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]!.body).not.toHaveProperty('linkedin_headline');
  expect(patches[0]!.body).not.toHaveProperty('current_job_title');
  expect(patches[0]!.body).toMatchObject({ name: 'Katrin Quennerby' });
  expect(env.sandbox.person(CALLA_ID)).toMatchObject({
    linkedin_headline: OLD_HEADLINE,
    current_job_title: 'Recruiter',
  });

  // The refused save is still there, for Calla's profile, with its own values and its reason.
  expect(await storedOutbox(extensionPage)).toMatchObject([
    { state: 'failed', linkedinUrl: CALLA_URL, patch: { linkedin_headline: expect.any(String) } },
  ]);
  await popup.reload();
  await expect(pendingEntry(popup).locator('p')).toHaveText(
    /^Not saved \(linkedin_headline, current_job_title\): This Stardex person belongs to another LinkedIn profile/,
  );
});

test('a failed save stored by the version before failures were data still reads as it did, details included', async () => {
  const { popup, extensionPage } = await reviewWithEditedHeadline(env.browser, env.sandbox);
  const stored = {
    id: '0b7c1f2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b',
    personId: CALLA_ID,
    personName: 'Calla Northallen',
    linkedinUrl: CALLA_URL,
    patch: { current_job_title: 'Technical Recruiter' },
    notes: [],
    createdAt: 1,
    updatedAt: 2,
    attempts: 0,
    nextAttemptAt: 1,
    state: 'failed',
    sendingSince: null,
    lastError: { message: 'Stardex rejected the API key - check it in Options', detail: 'HTTP 401', retryable: false },
  };
  // As that version left it (no version mark), and read by a new worker, as after an update.
  await extensionPage.evaluate(async (entry) => {
    await chrome.storage.local.remove('outbox$');
    await chrome.storage.local.set({ outbox: [entry] });
  }, stored);
  await (await watchServiceWorker(env.browser, extensionPage)).stop();
  await popup.reload();
  await expect(pendingEntry(popup).locator('p')).toHaveText(
    'Not saved (current_job_title): Stardex rejected the API key - check it in Options',
  );
  await pendingEntry(popup).getByText('Details').click();
  await expect(pendingEntry(popup).locator('pre')).toHaveText('HTTP 401');
  await expect(popup.getByText('damaged saved item(s)')).toHaveCount(0);
});

test('one damaged outbox entry is set aside: a new save still goes through and the damage is counted', async () => {
  const { popup, extensionPage } = await reviewWithEditedHeadline(env.browser, env.sandbox);
  await extensionPage.evaluate(() =>
    chrome.storage.local.set({ outbox: [{ id: 'x', personId: '', state: 'half-sent', attempts: -1 }] }),
  );
  await clickSave(popup);
  await expect(statusText(popup)).toHaveText('Saved to Stardex: updated 2 field(s).');
  expect(
    env.sandbox
      .requests()
      .filter(isPatch)
      .map((request) => request.status),
  ).toEqual([200]);
  await expect(popup.getByText('1 damaged saved item(s) were set aside')).toBeVisible();
  expect(await storedOutbox(extensionPage)).toEqual([]);
  const kept = await extensionPage.evaluate(
    async () => (await chrome.storage.local.get('setAside:outbox'))['setAside:outbox'],
  );
  expect(kept).toMatchObject([{ value: { id: 'x', state: 'half-sent' } }]);

  await extensionPage.reload();
  await expect(extensionPage.getByText('1 damaged stored item(s) were set aside')).toBeVisible();
});

test('Options: "Remove API key" and "Clear saved data" each act only after a confirmation', async () => {
  const { extensionPage: options } = await reviewWithEditedHeadline(env.browser, env.sandbox);
  const storedKeys = () => options.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).sort());
  await options.evaluate(() =>
    chrome.storage.local.set({
      drafts: { 'someone-1': { values: {}, choices: {}, note: 'Call back', enrich: false, updatedAt: 1 } },
    }),
  );
  await options.reload();
  expect(await storedKeys()).toContain('apiKey');

  // Both live behind a disclosure: they destroy data. Cancelling changes nothing.
  await options.getByText('Remove the API key or all saved data').click();
  await options.getByRole('button', { name: 'Remove API key' }).click();
  const removeQuestion = options.getByRole('alertdialog', { name: 'Remove API key' });
  await expect(removeQuestion).toContainText('Remove the saved API key from this browser?');
  await removeQuestion.getByRole('button', { name: 'Cancel' }).click();
  await expect(removeQuestion).toHaveCount(0);
  expect(await storedKeys()).toContain('apiKey');

  await options.getByRole('button', { name: 'Remove API key' }).click();
  await options.getByRole('button', { name: 'Yes, remove the API key' }).click();
  await expect(options.getByRole('status')).toHaveText(
    'API key removed. Saves waiting in the outbox wait, and go out once you add a key again.',
  );
  expect(await storedKeys()).not.toContain('apiKey');
  await expect(options.getByLabel('API key')).toHaveAttribute('placeholder', 'Paste your Stardex API key');
  await expect(options.getByRole('button', { name: 'Remove API key' })).toBeDisabled();

  await options.getByRole('button', { name: 'Clear saved data' }).click();
  await expect(options.getByRole('alertdialog', { name: 'Clear saved data' })).toContainText(
    'Delete everything this extension keeps in this browser: 0 unsent save(s), drafts,',
  );
  expect(await storedKeys()).toContain('drafts');
  await options.getByRole('button', { name: 'Yes, clear saved data' }).click();
  await expect(options.getByRole('status')).toHaveText(
    'Saved data cleared. Add your Stardex API key again to continue.',
  );
  expect(await storedKeys()).toEqual([]);
});

test('a long note is kept as a draft; one over the limit is refused with a visible message, not dropped', async () => {
  const { popup } = await reviewWithEditedHeadline(env.browser, env.sandbox);
  const longNote = 'Spoke about the pharmacy rollout. '.repeat(150).trim();
  await popup.getByLabel('Note').fill(longNote);
  await expect(statusText(popup)).toHaveText('Ready to update 2 field(s) in Stardex.');
  // Reopening the review shows the note again: the draft kept it.
  await expect
    .poll(() => popup.evaluate(async () => JSON.stringify(await chrome.storage.local.get('drafts'))))
    .toContain('pharmacy');
  await popup.reload();
  await expect(popup.getByLabel('Note')).toHaveValue(longNote);

  await popup.getByLabel('Note').fill('n'.repeat(10_001));
  await expect(statusText(popup)).toHaveText(
    'The note is 10001 characters long; at most 10000 fit in one note. Shorten it to save; until then your edits are not kept as a draft.',
  );
  await expect(popup.getByRole('button', { name: 'Save to Stardex' })).toBeDisabled();
});
