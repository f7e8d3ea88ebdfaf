import { expect, type Page } from 'playwright/test';
import { configureExtension, openProfile, SANDBOX_API_KEY } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';
import { CALLA_FILE, callaInStardex } from './calla';

const env = useExtensionEnvironment();
const BADGE_SETTING = 'Show whether profiles are in Stardex while I browse';

/** Presses a button and waits for the background's answer in the page's status line. */
async function press(options: Page, button: 'Save' | 'Test connection') {
  await options.getByRole('button', { name: button, exact: true }).click();
  await expect(options.getByRole('status')).not.toHaveText(/Checking/);
  return options.getByRole('status');
}

test('a fresh install opens Options: where the key is, the badge lookup, and Test connection in plain words', async () => {
  env.sandbox.reset([]);
  const optionsUrl = env.browser.pageUrl('options.html');
  // The tab may open before Playwright sees it, or as about:blank first: look for it by its URL.
  const openedOptions = () => env.browser.context.pages().find((page) => page.url() === optionsUrl);
  await expect.poll(() => openedOptions()?.url()).toBe(optionsUrl);
  const options = openedOptions()!;
  const gettingStarted = options.getByRole('region', { name: 'Getting started' });
  await expect(gettingStarted).toContainText('Stardex › Settings › Integrations › API access');
  await expect(gettingStarted).toContainText('each profile you open is looked up in your Stardex');
  await expect(options.getByLabel(BADGE_SETTING)).toBeChecked();

  await expect(await press(options, 'Test connection')).toHaveText(/^No API key is saved yet/);

  await options.getByLabel('API key').fill('sk_not_a_sandbox_key');
  await options.getByLabel('API base URL').fill(env.sandbox.url);
  await expect(await press(options, 'Save')).toContainText('Saved, but the check failed: Stardex rejected the API key');
  await expect(await press(options, 'Test connection')).toHaveText(/^Stardex rejected the API key/);

  await options.getByLabel('API key').fill(SANDBOX_API_KEY);
  await press(options, 'Save');
  await expect(options.getByRole('region', { name: 'Getting started' })).toHaveCount(0);
  await expect(await press(options, 'Test connection')).toHaveText('Connected: Stardex accepted the API key.');

  // Same origin, so the key still applies; the path is not Stardex's API.
  await options.getByLabel('API base URL').fill(`${env.sandbox.url}/not-the-api`);
  await expect(await press(options, 'Save')).toContainText(`Wrong API base URL: ${env.sandbox.url}/not-the-api`);

  // Nothing listens on port 9: the address cannot be reached.
  await options.getByLabel('API key').fill(SANDBOX_API_KEY);
  await options.getByLabel('API base URL').fill('http://127.0.0.1:9');
  await press(options, 'Save');
  await expect(await press(options, 'Test connection')).toHaveText(
    /^Stardex is unreachable at http:\/\/127\.0\.0\.1:9/,
  );
});

test('with the badge lookup off, visiting a profile asks Stardex nothing; turned on, it does; turned off again, the symbol goes', async () => {
  env.sandbox.reset([callaInStardex()]);
  const options = await configureExtension(env.browser, env.sandbox.url);
  await options.getByLabel(BADGE_SETTING).uncheck();
  await expect(await press(options, 'Save')).toHaveText('Settings saved.');

  env.sandbox.clearLog();
  const visit = await openProfile(env.browser, CALLA_FILE);
  // Long enough for the lookup the "on" case below shows within a few hundred milliseconds.
  await visit.page.waitForTimeout(1500);
  expect(env.sandbox.requests()).toEqual([]);
  const badgeOf = (tabId: number) =>
    env.browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  expect(await badgeOf(visit.tabId)).toBe('');

  await options.getByLabel(BADGE_SETTING).check();
  await press(options, 'Save');
  env.sandbox.clearLog();
  await visit.page.reload();
  await expect.poll(() => badgeOf(visit.tabId)).toBe('✓');
  expect(env.sandbox.requests().map((r) => `${r.method} ${r.path}`)).toContain('POST /v1/persons/search');

  // Turned off again, the symbol goes at once, without waiting for the tab to move on.
  await options.getByLabel(BADGE_SETTING).uncheck();
  await press(options, 'Save');
  await expect.poll(() => badgeOf(visit.tabId)).toBe('');
});
