import path from 'node:path';
import { expect } from 'playwright/test';
import { serveFixture } from '../../scripts/extension-browser';
import { fixtureUrl, openProfile, openReview, saveSettingsByMessage } from './extension-setup';
import { isCreate, isPatch, personsWithLinkedinUrl } from './safe-updates-helpers';
import { test, useExtensionEnvironment } from './environment';
import type { SeedPerson } from '../../scripts/stardex-sandbox/server';

/**
 * Sales Navigator lead pages carry an opaque lead id in the URL, not the person's /in/ slug: the
 * review reads the public profile from the page's "View LinkedIn profile" link, and so must the
 * check before a save that the tab still shows that person.
 */
const LEAD_FILE = '30-sales-navigator-with-link.html';
const OTHER_LEAD_FILE = '32-sales-navigator-other-lead.html';
const TOBIAS_ID = '8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const TOBIAS_SLUG = 'tobias-ellery-0b7c5e21';

/** Tobias as Stardex has him: his page's values, but an older job title. */
const tobiasInStardex: SeedPerson = {
  id: TOBIAS_ID,
  name: 'Tobias Ellery',
  first_name: 'Tobias',
  last_name: 'Ellery',
  linkedin_public_id: TOBIAS_SLUG,
  linkedin_url: `https://www.linkedin.com/in/${TOBIAS_SLUG}/`,
  linkedin_headline: 'Head of Procurement at Ashgrove Freight · Logistics',
  linkedin_location: 'Marrowdale, Ontario, Canada',
  current_job_title: 'Procurement Manager',
  current_company_name: 'Ashgrove Freight',
};

const env = useExtensionEnvironment();

async function reviewTobias() {
  env.sandbox.reset([tobiasInStardex]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { page, tabId } = await openProfile(env.browser, LEAD_FILE);
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByText('In Stardex: Tobias Ellery')).toBeVisible();
  await expect(popup.getByRole('status')).toContainText('Ready to update 1 field(s)');
  env.sandbox.clearLog();
  return { page, popup };
}

test('a save from a Sales Navigator lead page reaches Stardex as one PATCH', async () => {
  const { popup } = await reviewTobias();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');

  const patches = env.sandbox.requests().filter(isPatch);
  expect(patches).toHaveLength(1);
  expect(patches[0]).toMatchObject({
    path: `/v1/persons/${TOBIAS_ID}`,
    status: 200,
    body: { current_job_title: 'Head of Procurement' },
  });
  expect(env.sandbox.person(TOBIAS_ID)?.current_job_title).toBe('Head of Procurement');
});

test('the tab moving to another lead between review and save sends nothing', async () => {
  const { page, popup } = await reviewTobias();
  const otherLead = fixtureUrl(OTHER_LEAD_FILE);
  await serveFixture(env.browser.context, otherLead, path.resolve('tests/fixtures/linkedin', OTHER_LEAD_FILE));
  await page.goto(otherLead);
  await expect(page.getByRole('heading', { name: 'Nikolai Stavemoor' })).toBeVisible();

  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('tab moved');
  await expect(popup.getByRole('status')).toContainText('nothing was sent');
  expect(env.sandbox.requests().filter(isPatch)).toEqual([]);
  expect(env.sandbox.person(TOBIAS_ID)?.current_job_title).toBe('Procurement Manager');
});

test('a create from a Sales Navigator lead page makes the person of its public profile', async () => {
  env.sandbox.reset([]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, LEAD_FILE);
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');

  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Create in Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Created Tobias Ellery in Stardex');
  const creates = env.sandbox.requests().filter(isCreate);
  expect(creates).toHaveLength(1);
  expect(creates[0]!.body).toMatchObject({
    name: 'Tobias Ellery',
    linkedin_url: `https://www.linkedin.com/in/${TOBIAS_SLUG}/`,
  });
  expect(await personsWithLinkedinUrl(env.sandbox, `https://www.linkedin.com/in/${TOBIAS_SLUG}/`)).toHaveLength(1);
});
