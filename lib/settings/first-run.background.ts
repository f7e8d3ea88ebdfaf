import { browser, type Browser } from 'wxt/browser';

/**
 * On a fresh install only (not an update, not a browser update), Options opens: it shows where the
 * API key is and explains the badge lookup before any profile is looked up (there is no key yet).
 */
export async function welcomeOnInstall(details: Browser.runtime.InstalledDetails): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.runtime.openOptionsPage();
}
