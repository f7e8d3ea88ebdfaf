/**
 * `npm start`: the extension in Chromium on a sample (fictional) LinkedIn profile, against the
 * local Stardex sandbox. With a display: a window to use by hand. Without one: a headless
 * walk-through that prints what was read and the PATCH the sandbox received, with screenshots.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startSandbox } from './stardex-sandbox/server';
import { blockOtherLinkedinRequests, launchExtensionBrowser, serveFixture } from './extension-browser';

const SAMPLE_PROFILE = 'https://www.linkedin.com/in/calla-northallen-2da20053/';
const SAMPLE_FILE = path.resolve('tests/fixtures/linkedin/01-layout2025-full.html');
const API_KEY = 'sk_sandbox_demo';
const outputDir = path.resolve('demo-output');
const headed = Boolean(process.env.DISPLAY);

const sandbox = await startSandbox({ port: 0 });
console.log(`Stardex sandbox: ${sandbox.url} (API key ${API_KEY})`);
const browser = await launchExtensionBrowser(undefined, { headless: !headed });
try {
  const options = await browser.openExtensionPage('options.html');
  await options.getByLabel('API key').fill(API_KEY);
  await options.getByLabel('API base URL').fill(sandbox.url);
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByRole('status').filter({ hasNotText: 'Checking' }).waitFor();
  console.log(`Options: ${await options.getByRole('status').innerText()}`);

  await blockOtherLinkedinRequests(browser.context);
  await serveFixture(browser.context, SAMPLE_PROFILE, SAMPLE_FILE);
  const profile = await browser.context.newPage();
  await profile.goto(SAMPLE_PROFILE);
  const tabId = await browser.serviceWorker.evaluate(
    async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
    SAMPLE_PROFILE,
  );
  const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup
    .getByRole('status')
    .filter({ hasText: /Ready to update|Nothing to update|Not in Stardex/ })
    .waitFor();

  if (headed) {
    console.log('The review is open in the browser window. Close the window to stop.');
    await new Promise((resolve) => browser.context.on('close', resolve));
  } else {
    mkdirSync(outputDir, { recursive: true });
    await popup.setViewportSize({ width: 460, height: 640 });
    const read: Record<string, string> = {};
    for (const label of [
      'Full name',
      'First name',
      'Last name',
      'Headline',
      'Location',
      'Job title',
      'Company',
      'LinkedIn URL',
    ]) {
      read[label] = await popup.getByLabel(label, { exact: true }).inputValue();
    }
    console.log('Read from the page:', JSON.stringify(read, null, 2));
    console.log(`Popup says: ${await popup.getByRole('status').innerText()}`);
    await profile.screenshot({ path: path.join(outputDir, '1-linkedin-profile.png') });
    await popup.screenshot({ path: path.join(outputDir, '2-review.png') });
    await popup.getByRole('button', { name: 'Save to Stardex' }).click();
    await popup
      .getByRole('status')
      .filter({ hasText: /Saved|failed|rejected/i })
      .waitFor();
    console.log(`Popup says: ${await popup.getByRole('status').innerText()}`);
    await popup.screenshot({ path: path.join(outputDir, '3-saved.png') });
    const log = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as { method: string }[];
    const patches = log.filter((entry) => entry.method === 'PATCH');
    console.log('PATCH received by the sandbox:', JSON.stringify(patches, null, 2));
    console.log(`Screenshots in ${outputDir}/`);
  }
} finally {
  await browser.close();
  await sandbox.close();
}
