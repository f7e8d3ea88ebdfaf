import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from 'playwright/test';
import { configureExtension, openProfile, openReview } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';
import { CALLA_FILE, callaInStardex } from './calla';

/**
 * The store listing's screenshots (store/screenshots/), taken of the real popup on every run of the
 * suite so they never show an older popup. Each is the popup as rendered, on a plain background with
 * one line saying what it shows, at the 1280×800 the Chrome Web Store, Edge Add-ons and AMO accept.
 * The README's pictures (docs/screenshots/) are taken here too, for the same reason.
 */
const env = useExtensionEnvironment();
const outDir = path.resolve('store/screenshots');
/** The README's pictures of the popup and the side panel, taken the same way. */
const readmeDir = path.resolve('docs/screenshots');
const WIDTH = 1280;
const HEIGHT = 800;

async function popupPicture(popup: Page): Promise<Buffer> {
  await popup.setViewportSize({ width: 420, height: 1400 });
  return popup.locator('.popup').screenshot({ animations: 'disabled', caret: 'hide' });
}

/** The popup beside a caption, centred on a neutral background. */
async function writeScreenshot(name: string, caption: string, detail: string, picture: Buffer) {
  const canvas = await env.browser.context.newPage();
  await canvas.setViewportSize({ width: WIDTH, height: HEIGHT });
  await canvas.setContent(`<!doctype html>
    <body style="margin:0;width:${WIDTH}px;height:${HEIGHT}px;display:flex;align-items:center;justify-content:center;
      gap:64px;background:linear-gradient(135deg,#f4f3ff,#e6e9f2);font-family:system-ui,sans-serif;color:#1d2226">
      <div style="width:420px">
        <h1 style="font-size:40px;line-height:1.15;margin:0 0 16px">${caption}</h1>
        <p style="font-size:20px;line-height:1.45;margin:0;color:#4a4f57">${detail}</p>
      </div>
      <img src="data:image/png;base64,${picture.toString('base64')}"
        style="max-height:${HEIGHT - 80}px;border-radius:10px;background:#fff;box-shadow:0 12px 40px rgba(20,20,60,.18)">
    </body>`);
  await canvas.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, `${name}.png`), await canvas.screenshot());
  await canvas.close();
}

test('store screenshots: matched with changes, saved, not in Stardex', async () => {
  env.sandbox.reset([callaInStardex({ current_job_title: 'Recruiter', current_company_name: 'Harrowgate Health' })]);
  await configureExtension(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, CALLA_FILE);
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByText('In Stardex: Calla Northallen')).toBeVisible();
  await expect(popup.getByLabel('Job title', { exact: true })).toHaveValue('Technical Recruiter');
  await writeScreenshot(
    '1-matched-with-changes',
    'See what changed on LinkedIn',
    'The profile you have open, next to the matching person in Stardex, field by field. Tick what to update.',
    await popupPicture(popup),
  );

  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');
  await writeScreenshot(
    '2-saved',
    'Update Stardex in one click',
    'Only the fields you chose are sent. Saves wait safely and are retried if Stardex cannot take them yet.',
    await popupPicture(popup),
  );

  env.sandbox.reset([]);
  const fresh = await openReview(env.browser, tabId);
  await expect(fresh.getByText('Not in Stardex: no person there has this LinkedIn URL.').first()).toBeVisible();
  await writeScreenshot(
    '3-not-in-stardex',
    'Add new people as you find them',
    'Not in Stardex yet? Create the person from the profile, or link it to someone already there.',
    await popupPicture(fresh),
  );
});

test('README screenshots: the popup, and the side panel beside the profile', async () => {
  env.sandbox.reset([callaInStardex({ current_job_title: 'Recruiter', current_company_name: 'Harrowgate Health' })]);
  await configureExtension(env.browser, env.sandbox.url);
  const { page, tabId } = await openProfile(env.browser, CALLA_FILE);
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByText('In Stardex: Calla Northallen')).toBeVisible();
  mkdirSync(readmeDir, { recursive: true });
  writeFileSync(path.join(readmeDir, 'popup.png'), await popupPicture(popup));
  await popup.close();

  // The side panel's page beside the LinkedIn tab, which stays the active tab it follows.
  const panel = await env.browser.openExtensionPage('sidepanel.html');
  await page.bringToFront();
  await expect(panel.getByText('In Stardex: Calla Northallen')).toBeVisible();
  await panel.setViewportSize({ width: 400, height: HEIGHT });
  await page.setViewportSize({ width: WIDTH - 400, height: HEIGHT });
  const still = { animations: 'disabled', caret: 'hide' } as const;
  const [pagePicture, panelPicture] = [await page.screenshot(still), await panel.screenshot(still)];
  const canvas = await env.browser.context.newPage();
  await canvas.setViewportSize({ width: WIDTH, height: HEIGHT });
  await canvas.setContent(`<!doctype html>
    <body style="margin:0;display:flex;width:${WIDTH}px;height:${HEIGHT}px;background:#fff">
      <img src="data:image/png;base64,${pagePicture.toString('base64')}" style="width:${WIDTH - 400}px">
      <img src="data:image/png;base64,${panelPicture.toString('base64')}" style="width:400px;border-left:1px solid #c9cdd2">
    </body>`);
  for (const img of await canvas.locator('img').all())
    await img.evaluate((element: HTMLImageElement) => element.decode());
  writeFileSync(path.join(readmeDir, 'side-panel.png'), await canvas.screenshot());
  await canvas.close();
});
