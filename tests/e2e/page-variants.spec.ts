import { expect } from 'playwright/test';
import { fixtureUrl, openProfile, openReview, saveSettingsByMessage } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';

/**
 * Issue 20, in the review itself (the parity test covers the read): a profile whose slug has
 * non-ASCII letters, opened at its raw URL, and a page that still holds the previous profile's
 * screen hidden, are reviewed with their values, never left "still showing the previous page".
 */
const env = useExtensionEnvironment();

async function review(file: string) {
  env.sandbox.reset([]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  // The tab's URL as the browser keeps it: a raw slug is percent-encoded.
  const { tabId } = await openProfile(env.browser, file, new URL(fixtureUrl(file)).href);
  return openReview(env.browser, tabId);
}

test('a Polish slug with non-ASCII letters: the review shows the values and looks the person up', async () => {
  const popup = await review('82-sdui-pl-non-ascii-slug.html');
  await expect(popup.locator('[data-field="name"]')).toContainText('Łucja Żółtowska');
  await expect(popup.locator('[data-field="location"]')).toContainText('Borówkowo, mazowieckie, Polska');
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');
});

test('the previous profile hidden before the shown one: the review shows the shown one', async () => {
  const popup = await review('79-sdui-hidden-previous-screen.html');
  await expect(popup.locator('[data-field="name"]')).toContainText('Isolde Fairweather');
  await expect(popup.getByText(/still showing the previous page/)).toHaveCount(0);
  await expect(popup.locator('[data-field="title"]')).toContainText('Head of Research');
});
