/** The 2026 server-driven profile in the popup: values read by role, and Experience that renders late. */
import { expect } from 'playwright/test';
import { test, useExtensionEnvironment } from './environment';
import { openProfile, openReview, saveSettingsByMessage } from './extension-setup';
import { readLinkedinFixture } from './linkedin-pages';

const env = useExtensionEnvironment();

test('Experience not rendered yet: the popup says so, guesses nothing, and a read again fills title and company', async () => {
  env.sandbox.reset([]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { page, tabId } = await openProfile(env.browser, '66-sdui-no-experience-yet.html');
  const popup = await openReview(env.browser, tabId);

  await expect(popup.getByLabel('Full name', { exact: true })).toHaveValue('Petra Solvang');
  await expect(popup.getByLabel('Headline', { exact: true })).toHaveValue(
    'Operations and logistics · Building calm supply chains',
  );
  await expect(popup.getByLabel('Location', { exact: true })).toHaveValue('Fernmoor, Ontario, Canada');
  await expect(popup.getByText('LinkedIn has not shown this profile’s Experience yet')).toBeVisible();
  // The top card's "company · school" line names Harbourline Freight; it is not labelled current, so it is not used.
  await expect(popup.getByLabel('Job title', { exact: true })).toHaveValue('');
  await expect(popup.getByLabel('Company', { exact: true })).toHaveValue('');

  // The user scrolls: LinkedIn streams the Experience section in below the top card.
  await page.evaluate((section) => {
    document.querySelector('main section')!.insertAdjacentHTML('afterend', section);
  }, readLinkedinFixture('66-sdui-lazy-experience-section.html'));
  await popup.getByRole('button', { name: 'Read again' }).click();

  await expect(popup.getByLabel('Job title', { exact: true })).toHaveValue('Logistics Operations Manager');
  await expect(popup.getByLabel('Company', { exact: true })).toHaveValue('Harbourline Freight');
  await expect(popup.getByText('LinkedIn has not shown this profile’s Experience yet')).toHaveCount(0);
  await expect(popup.getByLabel('Full name', { exact: true })).toHaveValue('Petra Solvang');
});

test('a profile whose roles have all ended offers no job title or company and no read again', async () => {
  env.sandbox.reset([]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, '67-sdui-no-current-job.html');
  const popup = await openReview(env.browser, tabId);

  await expect(popup.getByLabel('Full name', { exact: true })).toHaveValue('Dorian Achterberg');
  await expect(popup.getByLabel('Job title', { exact: true })).toHaveValue('');
  await expect(popup.getByLabel('Company', { exact: true })).toHaveValue('');
  await expect(popup.getByRole('button', { name: 'Read again' })).toHaveCount(0);
});

test('the "profile not available" page is refused with a reason', async () => {
  env.sandbox.reset([]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, '71-sdui-not-available.html');
  const popup = await openReview(env.browser, tabId);

  await expect(popup.getByRole('status')).toContainText('not available');
  await expect(popup.getByLabel('Full name', { exact: true })).toHaveCount(0);
});
