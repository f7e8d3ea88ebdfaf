import { expect } from 'playwright/test';
import { fixtureUrl, openProfile, saveSettingsByMessage } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';
import { watchServiceWorker } from './fault-helpers';
import { CALLA_FILE, callaInStardex } from './calla';

const env = useExtensionEnvironment();

test('a profile visited again after Chrome stopped the service worker asks Stardex nothing: the lookup is kept in storage.session', async () => {
  env.sandbox.reset([callaInStardex()]);
  // An extension page reads the badge and the tabs, also while the worker is stopped.
  const options = await saveSettingsByMessage(env.browser, env.sandbox.url);
  const badgeOf = (tabId: number) => options.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  env.sandbox.clearLog();
  const first = await openProfile(env.browser, CALLA_FILE);
  await expect.poll(() => badgeOf(first.tabId)).toBe('✓');
  expect(env.sandbox.requests().map((r) => `${r.method} ${r.path}`)).toContain('POST /v1/persons/search');

  // Kept where the content-script world of the LinkedIn tab cannot read it (the person's name is in it).
  const fromContentScript = await env.browser.serviceWorker.evaluate(async (tabId) => {
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId },
      world: 'ISOLATED',
      func: async () => {
        try {
          return { read: JSON.stringify(await chrome.storage.session.get(null)) };
        } catch (error) {
          return { refused: String(error) };
        }
      },
    });
    return injection?.result;
  }, first.tabId);
  expect(fromContentScript).toEqual({ refused: expect.stringContaining('not allowed from this context') });
  expect(JSON.stringify(await options.evaluate(() => chrome.storage.session.get(null)))).toContain('Calla Northallen');

  const worker = await watchServiceWorker(env.browser, options);
  await worker.stop();
  env.sandbox.clearLog();

  // The visit's tab change is what starts a new worker.
  const second = await env.browser.context.newPage();
  await second.goto(fixtureUrl(CALLA_FILE));
  const secondTabId = await options.evaluate(
    async ({ url, firstTabId }) => (await chrome.tabs.query({ url })).find((tab) => tab.id !== firstTabId)?.id,
    { url: fixtureUrl(CALLA_FILE), firstTabId: first.tabId },
  );
  await expect.poll(() => badgeOf(secondTabId!)).toBe('✓');
  expect(worker.statuses.slice(worker.statuses.indexOf('stopped'))).toContain('running');
  expect(env.sandbox.requests()).toEqual([]);
});
