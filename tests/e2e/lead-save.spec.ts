import { expect } from 'playwright/test';
import { fixtureUrl, openProfile, openReview, saveSettingsByMessage } from './extension-setup';
import { fieldRow, isCreate, isPatch } from './safe-updates-helpers';
import { test, useExtensionEnvironment } from './environment';
import { MARTA_LEAD_FILE, martaAtJodlowa } from './marta';

/**
 * Issue 20: Save on a Sales Navigator lead page that shows no public URL, to the Stardex person the
 * user confirmed for the lead: one PATCH to that person without `linkedin_url`, and nothing at all
 * when the tab moved to another lead before Save.
 */
const OTHER_LEAD_FILE = '34-sales-navigator-about-link.html';

const env = useExtensionEnvironment();

/** The lead's review with Marta confirmed for the lead and the job title edited, not yet saved. */
async function confirmedAndEdited() {
  env.sandbox.reset([martaAtJodlowa]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { page, tabId } = await openProfile(env.browser, MARTA_LEAD_FILE);
  const popup = await openReview(env.browser, tabId);
  await popup.getByRole('radio', { name: /Head of Talent at Jodłowa Energia/ }).check();
  await popup.getByRole('button', { name: 'This is them' }).click();
  await expect(popup.getByText(/In Stardex: Marta Kowalczyk-Brzezińska .*\(confirmed/)).toBeVisible();
  await expect(fieldRow(popup, 'linkedinUrl')).toHaveCount(0);
  await fieldRow(popup, 'title').getByRole('textbox').fill('VP Talent');
  env.sandbox.clearLog();
  return { page, popup };
}

test('Save on a confirmed lead sends one PATCH to that person, without linkedin_url', async () => {
  const { popup } = await confirmedAndEdited();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByText(/Saved to Stardex/)).toBeVisible();

  const patches = env.sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]!.path).toBe(`/v1/persons/${martaAtJodlowa.id}`);
  expect(patches[0]!.body).toMatchObject({ current_job_title: 'VP Talent' });
  expect(patches[0]!.body).not.toHaveProperty('linkedin_url');
  expect(env.sandbox.requests().filter(isCreate)).toEqual([]);
});

test('Save after the tab moved to another lead is refused and sends nothing', async () => {
  const { page, popup } = await confirmedAndEdited();
  // Another lead in the same tab, as clicking through a Sales Navigator list does.
  const other = await openProfile(env.browser, OTHER_LEAD_FILE);
  await other.page.close();
  await page.goto(fixtureUrl(OTHER_LEAD_FILE));

  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByText(/The tab moved to another page .* nothing was sent/)).toBeVisible();
  expect(env.sandbox.requests().filter((request) => isPatch(request) || isCreate(request))).toEqual([]);
});
