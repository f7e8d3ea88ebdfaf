import { expect, type Page } from 'playwright/test';
import type { ExtensionBrowser } from '../../scripts/extension-browser';
import { SANDBOX_API_KEY } from './extension-setup';
import type { TestSandbox } from './sandbox-control';

type LoggedRequest = ReturnType<TestSandbox['requests']>[number];

/** Options as the user fills them in, including "Only fill empty fields". */
export async function configureWithOptions(
  browser: ExtensionBrowser,
  sandboxUrl: string,
  { onlyFillEmpty }: { onlyFillEmpty: boolean },
): Promise<Page> {
  const options = await browser.openExtensionPage('options.html');
  await options.getByLabel('API key').fill(SANDBOX_API_KEY);
  await options.getByLabel('API base URL').fill(sandboxUrl);
  await options
    .getByLabel('Only fill empty fields (never overwrite values already in Stardex)')
    .setChecked(onlyFillEmpty);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toContainText('Stardex accepted the API key');
  return options;
}

/** The row of one review field (`name`, `headline`, `title`, `company`, `linkedinUrl`, ...). */
export function fieldRow(popup: Page, field: string) {
  return popup.locator(`[data-field="${field}"]`);
}

/** What the popup's Stardex column shows for a field. */
export function stardexColumn(popup: Page, field: string) {
  return fieldRow(popup, field).locator('.review__current');
}

export function acceptBox(popup: Page, field: string) {
  return fieldRow(popup, field).getByRole('checkbox', { name: /^Update .+ in Stardex$/ });
}

export const isPatch = (r: LoggedRequest) => r.method === 'PATCH';
export const isCreate = (r: LoggedRequest) => r.method === 'POST' && r.path === '/v1/persons';
export const isSearch = (r: LoggedRequest) => r.method === 'POST' && r.path === '/v1/persons/search';

/** Asks the sandbox's own API (not the extension) who has this LinkedIn URL. */
export async function personsWithLinkedinUrl(sandbox: TestSandbox, linkedinUrl: string): Promise<{ id: string }[]> {
  const answer = await fetch(`${sandbox.url}/v1/persons/search`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${SANDBOX_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ linkedin_url: linkedinUrl, limit: 100 }),
  });
  const body = (await answer.json()) as { data: { id: string }[] };
  return body.data;
}

/** Changes a record behind the extension's back, through the sandbox's API. */
export async function patchInSandbox(sandbox: TestSandbox, id: string, patch: Record<string, unknown>): Promise<void> {
  const answer = await fetch(`${sandbox.url}/v1/persons/${id}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${SANDBOX_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(patch),
  });
  expect(answer.status).toBe(200);
}

/** The manual links the background keeps in `chrome.storage.local`. */
export function storedLinks(browser: ExtensionBrowser): Promise<Record<string, { personId: string }>> {
  return browser.serviceWorker.evaluate(async () => {
    const { profileLinks } = await chrome.storage.local.get('profileLinks');
    return (profileLinks ?? {}) as Record<string, { personId: string }>;
  });
}
