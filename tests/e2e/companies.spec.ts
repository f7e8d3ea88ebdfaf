import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from 'playwright/test';
import { openProfile, openReview, saveSettingsByMessage } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';
import { CALLA_FILE, CALLA_ID, callaInStardex } from './calla';
import { clearSandboxFaults } from './fault-helpers';

/**
 * Issue 23: the current company in Stardex. The sandbox's default companies (scripts/stardex-sandbox/
 * company-store.ts): Katrin's Nettlebrook Pharma is a client, Hugo's Lumenvale Optics is marked
 * do-not-contact, Calla's Bluefen Insurance is an ordinary company.
 */

const env = useExtensionEnvironment();
test.afterEach(async () => {
  await clearSandboxFaults(env.sandbox);
});

const KATRIN_FILE = '02-layout2025-fragment.html';
const HUGO_FILE = '03-layout2024.html';
const BLUEFEN_URL = 'https://www.linkedin.com/company/94046/';
const hugoAtLumenvale = {
  id: 'c4d8a1b2-5e6f-4a70-9b81-3c2d4e5f6a03',
  name: 'Hugo Vesterholm',
  linkedin_public_id: 'hugo-vesterholm-c76869bc',
  linkedin_url: 'https://www.linkedin.com/in/hugo-vesterholm-c76869bc/',
  current_company_name: 'Lumenvale Optics',
};

async function badgeOf(page: Page, tabId: number) {
  return page.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );
}

/** The popup at the toolbar popup's size (400 × 600), as the user sees it. */
async function openPopup(tabId: number): Promise<Page> {
  const popup = await openReview(env.browser, tabId);
  await popup.setViewportSize({ width: 400, height: 600 });
  return popup;
}

/** The alert comes before every button and every field of the review, and shows without scrolling. */
async function expectAlertFirst(popup: Page) {
  const order = await popup.evaluate(() => {
    const alert = document.querySelector('[role="alert"]')!;
    const follows = (selector: string) =>
      [...document.querySelectorAll(selector)].every(
        (element) => (alert.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      );
    return { buttons: follows('button'), fields: follows('input, textarea, select') };
  });
  expect(order).toEqual({ buttons: true, fields: true });
  const box = await popup.getByRole('alert').boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(600);
}

async function expectNoAxeViolations(popup: Page) {
  for (const theme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: theme });
    const axe = new AxeBuilder({ page: popup }).setLegacyMode(true);
    const { violations } = await (
      theme === 'light' ? axe : axe.withRules(['color-contrast', 'link-in-text-block'])
    ).analyze();
    expect(violations.map((violation) => `${theme} ${violation.id}`)).toEqual([]);
  }
}

test('a profile at a client company: the badge shows "!" and the review an alert before the buttons; saving still works; axe finds nothing', async () => {
  env.sandbox.reset();
  const options = await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, KATRIN_FILE);
  await expect.poll(async () => (await badgeOf(options, tabId)).text).toBe('!');
  expect((await badgeOf(options, tabId)).title).toBe(
    'Off-limits: Nettlebrook Pharma is a client (Active). In Stardex: Katrin Quennerby',
  );

  const popup = await openPopup(tabId);
  await expect(popup.getByRole('alert')).toHaveText('Off-limits: Nettlebrook Pharma is a client (Active)');
  await expect(popup.getByText('Company in Stardex: Nettlebrook Pharma - client (Active)')).toBeVisible();
  await expectAlertFirst(popup);
  await expectNoAxeViolations(popup);

  // A warning, not a block: recruiters update records of off-limits people too.
  await popup.getByLabel('Job title', { exact: true }).fill('Lead QA Engineer');
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  expect(env.sandbox.person('9b2e4f71-0c3a-4d5e-8f61-2a7b9c0d1e02')?.current_job_title).toBe('Lead QA Engineer');
});

test('a profile at a do-not-contact company: the badge and the review name it with its reason and date', async () => {
  env.sandbox.reset([hugoAtLumenvale]);
  const options = await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, HUGO_FILE);
  const warning = 'Do not contact: Lumenvale Optics - Non-solicit agreement (since 2025-11-03)';
  await expect.poll(async () => (await badgeOf(options, tabId)).text).toBe('!');
  expect((await badgeOf(options, tabId)).title).toBe(`${warning}. In Stardex: Hugo Vesterholm`);

  const popup = await openPopup(tabId);
  await expect(popup.getByRole('alert')).toHaveText(warning);
  await expectAlertFirst(popup);
  await expect(popup.getByRole('button', { name: 'Save to Stardex' })).toBeVisible();
});

test('a profile at an ordinary company: ✓ on the badge, the company line, and no alert', async () => {
  env.sandbox.reset([callaInStardex()]);
  const options = await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, CALLA_FILE);
  await expect.poll(async () => (await badgeOf(options, tabId)).text).toBe('✓');

  const popup = await openPopup(tabId);
  await expect(popup.getByText('Company in Stardex: Bluefen Insurance')).toBeVisible();
  await expect(popup.getByRole('alert')).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Add company to Stardex' })).toHaveCount(0);
});

test('a company missing in Stardex is added once, with its LinkedIn page, and the person names it', async () => {
  env.sandbox.reset([callaInStardex({ current_company_name: 'Bluefen Mutual' })], []);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, CALLA_FILE);
  const popup = await openPopup(tabId);
  await expect(popup.getByText('Company not in Stardex: Bluefen Insurance')).toBeVisible();

  await popup.getByRole('button', { name: 'Add company to Stardex' }).click();
  await expect(popup.getByText('Added to Stardex, and named on this person.')).toBeVisible();
  await expect(popup.getByText('Company in Stardex: Bluefen Insurance')).toBeVisible();

  const creates = env.sandbox.requests().filter((r) => r.method === 'POST' && r.path === '/v1/companies');
  expect(creates.map((r) => r.body)).toEqual([{ name: 'Bluefen Insurance', linkedin_url: BLUEFEN_URL }]);
  expect(env.sandbox.companies().map((c) => [c.name, c.linkedin_url])).toEqual([['Bluefen Insurance', BLUEFEN_URL]]);
  expect(env.sandbox.person(CALLA_ID)).toMatchObject({
    current_company_name: 'Bluefen Insurance',
    current_company_id: env.sandbox.companies()[0]!.id,
  });

  // Opened again: found, so nothing offers to add it a second time.
  const again = await openPopup(tabId);
  await expect(again.getByText('Company in Stardex: Bluefen Insurance')).toBeVisible();
  await expect(again.getByRole('button', { name: 'Add company to Stardex' })).toHaveCount(0);
  expect(env.sandbox.companies()).toHaveLength(1);
});

test('a company known in Stardex under another spelling: "In Stardex as", and the user chooses which the person gets', async () => {
  env.sandbox.reset(
    [callaInStardex({ current_company_name: 'Bluefen Mutual' })],
    [{ id: '0c0a0003-4d2e-4b8f-9a10-00000000c003', name: 'Bluefen Insurance Group', linkedin_url: BLUEFEN_URL }],
  );
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, CALLA_FILE);
  const popup = await openPopup(tabId);
  await expect(popup.getByRole('group', { name: 'In Stardex as Bluefen Insurance Group' })).toBeVisible();
  // Nothing in the answer overrides the page's value until the user picks it.
  await expect(popup.getByLabel('Company', { exact: true })).toHaveValue('Bluefen Insurance');
  await popup.getByRole('radio', { name: 'Use "Bluefen Insurance Group" for this person' }).check();
  await expect(popup.getByLabel('Company', { exact: true })).toHaveValue('Bluefen Insurance Group');

  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  expect(env.sandbox.person(CALLA_ID)?.current_company_name).toBe('Bluefen Insurance Group');
  expect(env.sandbox.companies()).toHaveLength(1);
});

test('a failed company lookup says so in one line and leaves the review usable', async () => {
  env.sandbox.reset([callaInStardex({ current_job_title: 'Recruiter' })]);
  const options = await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, CALLA_FILE);
  await expect.poll(async () => (await badgeOf(options, tabId)).text).toBe('✓');
  env.sandbox.addFaults({ path: '/v1/companies/search', kind: 'status', status: 500, times: 10 });

  const popup = await openPopup(tabId);
  await expect(
    popup.getByText(/^The company could not be looked up in Stardex: .*HTTP 500.*The review works without it\.$/),
  ).toBeVisible();
  await expect(popup.getByRole('alert')).toHaveCount(0);
  await expect(popup.getByLabel('Job title', { exact: true })).toHaveValue('Technical Recruiter');
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  expect(env.sandbox.person(CALLA_ID)?.current_job_title).toBe('Technical Recruiter');
});
