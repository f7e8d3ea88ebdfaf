import { test, expect } from 'playwright/test';
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
import { useExtensionEnvironment } from './environment';
import { SANDBOX_API_KEY } from './extension-setup';

/**
 * Issue 22, in the built extension in Chromium against the sandbox: saves that wait for a key instead
 * of failing (item 1), a refused note after an applied PATCH (item 7), damaged settings (item 8).
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
