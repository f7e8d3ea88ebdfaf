import { expect } from 'playwright/test';
import type { Page } from 'playwright/test';
import { openProfile, openReview, saveSettingsByMessage } from './extension-setup';
import { isCreate, isPatch } from './safe-updates-helpers';
import { test, useExtensionEnvironment } from './environment';
import type { SeedPerson } from '../../scripts/stardex-sandbox/server';
import { MARTA_LEAD_FILE, martaAtJodlowa } from './marta';

/**
 * Issue 20: a Sales Navigator lead page without a public profile link. The review shows the
 * lead's values with the LinkedIn URL unknown, offers the Stardex people of that name at the
 * lead's company for the user to confirm, remembers the confirmed person for the lead's id, never
 * creates without a public URL, and sends nothing to a person the user has not confirmed.
 */
const ABOUT_LINK_FILE = '34-sales-navigator-about-link.html';

const martaElsewhere: SeedPerson = {
  id: '6c1f8d2e-3b40-4c6d-9e7f-8091a2b3c4d5',
  name: 'Marta Kowalczyk-Brzezińska',
  first_name: 'Marta',
  last_name: 'Kowalczyk-Brzezińska',
  current_job_title: 'Nurse',
  current_company_name: 'Szpital Fikcyjny',
};

const env = useExtensionEnvironment();

async function reviewLead(file: string) {
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, file);
  return { tabId, popup: await openReview(env.browser, tabId) };
}

function valueOf(popup: Page, label: string) {
  return popup.getByRole('row', { name: label }).getByRole('cell');
}

test('a lead without a public link: its values, the URL unknown, no create, candidates at its company', async () => {
  env.sandbox.reset([martaAtJodlowa, martaElsewhere]);
  env.sandbox.clearLog();
  const { popup } = await reviewLead(MARTA_LEAD_FILE);

  await expect(popup.getByText('the LinkedIn URL is unknown on this page')).toBeVisible();
  await expect(valueOf(popup, 'Full name')).toHaveText('MARTA KOWALCZYK-BRZEZIŃSKA');
  await expect(valueOf(popup, 'Company')).toHaveText('Jodłowa Energia sp. z o.o.');
  await expect(valueOf(popup, 'LinkedIn URL')).toHaveText('unknown on this page');

  const candidates = popup.getByRole('group', { name: /Stardex people with this name at Jodłowa Energia/ });
  await expect(candidates.getByRole('radio')).toHaveCount(1);
  await expect(candidates).toContainText('Marta Kowalczyk-Brzezińska — Head of Talent at Jodłowa Energia');
  await expect(popup.getByRole('button', { name: 'Create in Stardex' })).toHaveCount(0);
  await expect(popup.getByText('Create in Stardex needs the public LinkedIn URL')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'This is them' })).toBeDisabled();
  expect(env.sandbox.requests().filter((request) => isPatch(request) || isCreate(request))).toEqual([]);
});

test('the confirmed person is remembered for the lead id; "Not this person" forgets it', async () => {
  env.sandbox.reset([martaAtJodlowa, martaElsewhere]);
  const { tabId, popup } = await reviewLead(MARTA_LEAD_FILE);
  await popup.getByRole('radio', { name: /Head of Talent at Jodłowa Energia/ }).check();
  await popup.getByRole('button', { name: 'This is them' }).click();
  await expect(
    popup.getByText(/In Stardex: Marta Kowalczyk-Brzezińska — Head of Talent at Jodłowa Energia \(confirmed/),
  ).toBeVisible();
  await popup.close();

  const again = await openReview(env.browser, tabId);
  await expect(again.getByText(/In Stardex: Marta Kowalczyk-Brzezińska .*\(confirmed/)).toBeVisible();
  await again.getByRole('button', { name: 'Not this person' }).click();
  await expect(again.getByRole('group', { name: /Which one is it/ })).toBeVisible();
  expect(env.sandbox.requests().filter((request) => isPatch(request) || isCreate(request))).toEqual([]);
});

test("an /in/ link in the lead's own About text is never taken as the lead's URL", async () => {
  env.sandbox.reset([]);
  const { popup } = await reviewLead(ABOUT_LINK_FILE);
  await expect(valueOf(popup, 'Full name')).toHaveText('Perrin Vanterpool');
  await expect(valueOf(popup, 'LinkedIn URL')).toHaveText('unknown on this page');
  await expect(popup.getByText('No Stardex person has this name.')).toBeVisible();
});
