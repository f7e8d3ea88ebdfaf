import { expect } from 'playwright/test';
import { configureExtension, openProfile, openReview, SANDBOX_API_KEY, saveSettingsByMessage } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';
import { CALLA_ID, callaInStardex } from './calla';

/** Calla as Stardex has her: all as on her page but an older job title. */
const callaAsInStardex = callaInStardex({ current_job_title: 'Recruiter' });

const env = useExtensionEnvironment();

test('key saved in options, popup prefilled, one edited field and the changed title reach Stardex in one PATCH', async () => {
  env.sandbox.reset([callaAsInStardex]);
  const options = await configureExtension(env.browser, env.sandbox.url);
  await expect(options.getByRole('status')).toContainText('Stardex accepted the API key');

  const { tabId } = await openProfile(env.browser, '01-layout2025-full.html');
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByLabel('Full name', { exact: true })).toHaveValue('Calla Northallen');
  await expect(popup.getByLabel('First name', { exact: true })).toHaveValue('Calla');
  await expect(popup.getByLabel('Last name', { exact: true })).toHaveValue('Northallen');
  await expect(popup.getByLabel('Headline', { exact: true })).toHaveValue(
    'Healthcare AI · Technical Recruiter · Mentor',
  );
  await expect(popup.getByLabel('Location', { exact: true })).toHaveValue('Pinecrest Hollow, Oregon, United States');
  await expect(popup.getByLabel('Job title', { exact: true })).toHaveValue('Technical Recruiter');
  await expect(popup.getByLabel('Company', { exact: true })).toHaveValue('Bluefen Insurance');
  await expect(popup.getByLabel('LinkedIn URL', { exact: true })).toHaveValue(
    'https://www.linkedin.com/in/calla-northallen-2da20053/',
  );
  await expect(popup.getByText('In Stardex: Calla Northallen')).toBeVisible();

  await popup.getByLabel('Headline', { exact: true }).fill('Technical Recruiter for healthcare AI teams');
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');

  const patches = env.sandbox.requests().filter((r) => r.method === 'PATCH');
  expect(patches).toHaveLength(1);
  expect(patches[0]!.path).toBe(`/v1/persons/${CALLA_ID}`);
  expect(patches[0]!.authorization).toBe(`Bearer …${SANDBOX_API_KEY.slice(-4)}`);
  expect(patches[0]!.body).toEqual({
    linkedin_headline: 'Technical Recruiter for healthcare AI teams',
    current_job_title: 'Technical Recruiter',
  });
  const stored = env.sandbox.person(CALLA_ID);
  expect(stored?.linkedin_headline).toBe('Technical Recruiter for healthcare AI teams');
});

test('a profile that is not in Stardex says so and sends nothing', async () => {
  env.sandbox.reset([]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, '01-layout2025-full.html');
  env.sandbox.clearLog();
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Not in Stardex');
  await expect(popup.getByRole('button', { name: 'Save to Stardex' })).toBeDisabled();
  // Lookups only: the person's search and the company's (issue 23); nothing written.
  expect(env.sandbox.requests().filter((r) => r.method !== 'POST' || !r.path.endsWith('/search'))).toEqual([]);
});

test('several matching people: the user picks one and only that one is updated', async () => {
  const twin = { ...callaAsInStardex, id: '7d9e2f40-1b3c-4a5d-8e6f-9a0b1c2d3e4f', current_company_name: 'Old Agency' };
  env.sandbox.reset([callaAsInStardex, twin]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, '01-layout2025-full.html');
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('status')).toContainText('Several Stardex people');
  await expect(popup.getByRole('button', { name: 'Save to Stardex' })).toBeDisabled();
  await popup.getByRole('radio', { name: /Old Agency/ }).check();
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved to Stardex');
  const patches = env.sandbox.requests().filter((r) => r.method === 'PATCH');
  expect(patches.map((p) => p.path)).toEqual([`/v1/persons/${twin.id}`]);
  expect(patches[0]!.body).toEqual({ current_job_title: 'Technical Recruiter', company_name: 'Bluefen Insurance' });
});

test('a key Stardex rejects is reported in options and in the popup, and nothing is written', async () => {
  env.sandbox.reset([callaAsInStardex]);
  const options = await configureExtension(env.browser, env.sandbox.url, 'sk_wrong_key_123');
  await expect(options.getByRole('status')).toContainText('rejected the API key');
  const { tabId } = await openProfile(env.browser, '01-layout2025-full.html');
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('status')).toContainText('rejected the API key');
  await expect(popup.getByRole('button', { name: 'Save to Stardex' })).toBeDisabled();
  expect(env.sandbox.requests().filter((r) => r.method === 'PATCH')).toEqual([]);
});

test('a LinkedIn page that is not a profile gives a clear message and sends nothing', async () => {
  env.sandbox.reset([callaAsInStardex]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  env.sandbox.clearLog();
  const { tabId } = await openProfile(env.browser, '10-authwall.html');
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByRole('status')).toContainText(/sign-in|not a profile/i);
  await expect(popup.getByLabel('Full name', { exact: true })).toHaveCount(0);
  expect(env.sandbox.requests()).toEqual([]);
});
