import { expect, type Page } from 'playwright/test';
import { CALLA_FILE, callaInStardex } from './calla';
import { configureExtension, openProfile, openReview, SANDBOX_API_KEY } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';

const env = useExtensionEnvironment();

test('code in the content-script world of a LinkedIn tab cannot read the API key', async () => {
  env.sandbox.reset([callaInStardex()]);
  await configureExtension(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, CALLA_FILE);

  // The worker injects into the same isolated world the extension's content scripts run in.
  const fromContentScript = await env.browser.serviceWorker.evaluate(async (target) => {
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: target },
      world: 'ISOLATED',
      func: async () => {
        try {
          return { read: JSON.stringify(await chrome.storage.local.get(null)) };
        } catch (error) {
          return { refused: String(error) };
        }
      },
    });
    return injection?.result;
  }, tabId);
  expect(fromContentScript).toEqual({ refused: expect.stringContaining('not allowed from this context') });
  expect(JSON.stringify(fromContentScript)).not.toContain(SANDBOX_API_KEY);

  // The worker itself still has it, so the lock is what refused the content script.
  const inWorker = await env.browser.serviceWorker.evaluate(async () => chrome.storage.local.get('apiKey'));
  expect(JSON.stringify(inWorker)).toContain(SANDBOX_API_KEY);
});

test('a changed API base URL never receives the old key; typed again for it, it works', async () => {
  env.sandbox.reset([callaInStardex()]);
  const options = await configureExtension(env.browser, env.sandbox.url);
  await expect(options.getByRole('status')).toContainText('Stardex accepted the API key');
  // The same sandbox under another name is another origin, as a changed address would be.
  const otherOrigin = `http://localhost:${env.sandbox.port}`;

  const baseUrl = options.getByLabel('API base URL');
  await baseUrl.fill('https://api.stardex.ai');
  await expect(options.getByText('is not a Stardex address')).toHaveCount(0);
  await baseUrl.fill(otherOrigin);
  await expect(options.getByText(`localhost:${env.sandbox.port} is not a Stardex address`)).toBeVisible();
  await expect(options.getByText(`was entered for ${env.sandbox.url}`)).toBeVisible();
  await expect(options.getByLabel('API key')).toHaveAttribute('placeholder', `Enter the key for ${otherOrigin}`);

  env.sandbox.clearLog();
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toContainText(`Enter the API key for ${otherOrigin}`);
  const { tabId } = await openProfile(env.browser, CALLA_FILE);
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Add your Stardex API key in Options first');
  expect(env.sandbox.requests()).toEqual([]);

  await options.getByLabel('API key').fill(SANDBOX_API_KEY);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toContainText('Stardex accepted the API key');
  await popup.reload();
  await expect(popup.getByText('In Stardex: Calla Northallen')).toBeVisible();
  const sent = env.sandbox.requests();
  expect(sent.length).toBeGreaterThan(0);
  expect(sent.every((request) => request.authorization === `Bearer …${SANDBOX_API_KEY.slice(-4)}`)).toBe(true);
});

test('the options page and the popup report no Content-Security-Policy violation', async () => {
  // Each page records violations from its first script on; the Options tab the install opened is closed,
  // so the key is saved in a recorded one.
  const openRecorded = async (pathAndQuery: string) => {
    const page = await env.browser.context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(env.browser.pageUrl(pathAndQuery));
    return page;
  };
  const violations = (page: Page) =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  await Promise.all(env.browser.context.pages().map((page) => page.close()));
  env.sandbox.reset([callaInStardex()]);
  const options = await openRecorded('options.html');
  expect(await configureExtension(env.browser, env.sandbox.url)).toBe(options);
  await expect(options.getByRole('status')).toContainText('Stardex accepted the API key');
  const { tabId } = await openProfile(env.browser, CALLA_FILE);
  const popup = await openRecorded(`popup.html?tabId=${tabId}`);
  await expect(popup.getByText('In Stardex: Calla Northallen')).toBeVisible();
  expect(await violations(options)).toEqual([]);
  expect(await violations(popup)).toEqual([]);
});
