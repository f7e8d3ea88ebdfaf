/**
 * The list run (issue 21) in a real browser against the sandbox enforcing 60 requests a minute: the
 * checked people of a 25-person search are added to Stardex, a job at a stage and a list, each
 * exactly once, with one list request, also when the popup closes, the worker stops or the browser closes
 * mid-run.
 */
import path from 'node:path';
import { expect, type Page } from 'playwright/test';
import { launchExtensionBrowser } from '../../scripts/extension-browser';
import { seedJobs, seedLists } from '../../scripts/stardex-sandbox/placement-store';
import { DEMO_API_KEY } from '../../scripts/stardex-sandbox/server';
import { createStardexClient } from '../../lib/stardex/client';
import { listFixtureCases } from '../unit/people-lists/list-fixtures';
import { test, useExtensionEnvironment } from './environment';
import { saveSettingsByMessage } from './extension-setup';
import { clearSandboxFaults, globalBadge, storedOutbox, watchServiceWorker } from './fault-helpers';
import { linkedinTabId, openLinkedinPage } from './linkedin-pages';

const env = useExtensionEnvironment();
const page25 = listFixtureCases.find((fixture) => fixture.file === '86-search-sdui-25.html')!;
const JOB = seedJobs[0]!;
const STAGE = JOB.pipeline_stages[2]!;
const LIST = seedLists[0]!;

test.afterEach(() => clearSandboxFaults(env.sandbox));

async function openListReview(): Promise<{ popup: Page; extensionPage: Page; tabId: number }> {
  const extensionPage = await saveSettingsByMessage(env.browser, env.sandbox.url);
  await openLinkedinPage(env.browser, page25.url, path.join('lists', page25.file));
  const tabId = await linkedinTabId(env.browser);
  const popup = await env.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
  return { popup, extensionPage, tabId };
}

async function pick(popup: Page, box: 'Add to job' | 'Add to list', typed: string, option: string) {
  await popup.getByRole('combobox', { name: box }).fill(typed);
  await popup.getByRole('option', { name: new RegExp(`^${option}`) }).click();
  await expect(popup.getByRole('combobox', { name: box })).toHaveValue(option);
}

function requestsTo(method: string, pattern: RegExp) {
  return env.sandbox.requests().filter((request) => request.method === method && pattern.test(request.path));
}

async function personsWithUrl(url: string) {
  const client = createStardexClient({ baseUrl: env.sandbox.url, apiKey: DEMO_API_KEY });
  return (await client.searchPersons({ linkedin_url: url, limit: 10 })).persons;
}

test('25 people, 20 checked, added to a job at a stage and a list: each once, one list request, the popup closed and the worker stopped mid-run', async () => {
  test.setTimeout(360_000);
  env.sandbox.reset([]);
  const { popup, extensionPage, tabId } = await openListReview();
  const table = popup.getByRole('table', { name: 'People on this page' });
  await expect(table.getByText('+ not in Stardex')).toHaveCount(25, { timeout: 60_000 });

  const people = page25.expected.people;
  const checked = people.slice(0, 20);
  await popup.getByRole('button', { name: 'Select all' }).click();
  for (const person of people.slice(20)) {
    await popup.getByRole('checkbox', { name: `Select ${person.name}` }).uncheck();
  }
  await pick(popup, 'Add to job', 'talent', JOB.name);
  await popup.getByLabel('Pipeline stage').selectOption({ label: STAGE.name });
  await pick(popup, 'Add to list', 'health', LIST.name);
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Add 20 people to Stardex' }).click();
  await expect(popup.getByRole('progressbar')).toBeVisible();

  // Closing the popup and stopping the worker mid-run loses nothing: the outbox holds every person.
  await expect.poll(() => requestsTo('POST', /^\/v1\/persons$/).length, { timeout: 60_000 }).toBeGreaterThan(2);
  await popup.close();
  const worker = await watchServiceWorker(env.browser, extensionPage);
  await worker.stop();
  expect((await storedOutbox(extensionPage)).length).toBeGreaterThan(0);
  await expect.poll(() => globalBadge(extensionPage)).not.toBe('');

  // The stopped worker's handle is gone: reopen with the tab id read before.
  const reopened = await env.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
  await expect(reopened.getByRole('progressbar', { name: '20 of 20 done' })).toBeVisible({ timeout: 240_000 });

  // Read from the sandbox itself: more searches now would spend the rate window the test is proving.
  const created = requestsTo('POST', /^\/v1\/persons$/)
    .filter((request) => request.status !== null && request.status < 300)
    .map((request) => (request.body as { linkedin_url: string }).linkedin_url);
  const checkedUrls = checked.map((person) => person.url!).sort();
  expect(created.sort()).toEqual(checkedUrls);
  const onList = env.sandbox.list(LIST.id)!.person_ids;
  expect(onList.map((id) => env.sandbox.person(id)!.linkedin_url).sort()).toEqual(checkedUrls);
  for (const id of onList) {
    const candidacy = env.sandbox.person(id)!.candidates.find((entry) => entry.job_id === JOB.id);
    expect(candidacy?.current_pipeline_stage_id).toBe(STAGE.id);
  }
  expect(requestsTo('POST', /^\/v1\/lists\/[^/]+\/items$/)).toHaveLength(1);
  expect(await storedOutbox(extensionPage)).toEqual([]);
  await expect.poll(() => globalBadge(extensionPage)).toBe('');
});

test('a create refused: that row says failed with Retry, the list waits for it; Retry sends it once', async () => {
  env.sandbox.reset([]);
  const { popup, extensionPage } = await openListReview();
  const table = popup.getByRole('table', { name: 'People on this page' });
  await expect(table.getByText('+ not in Stardex')).toHaveCount(25, { timeout: 60_000 });
  const [first, second] = page25.expected.people;
  await popup.getByRole('checkbox', { name: `Select ${first!.name}` }).check();
  await popup.getByRole('checkbox', { name: `Select ${second!.name}` }).check();
  await pick(popup, 'Add to list', 'health', LIST.name);
  env.sandbox.clearLog();
  env.sandbox.addFaults({
    method: 'POST',
    path: '^/v1/persons$',
    kind: 'status',
    status: 422,
    message: 'Name refused',
  });
  await popup.getByRole('button', { name: 'Add 2 people to Stardex' }).click();

  const retry = popup.getByRole('button', { name: `Retry ${first!.name}` });
  await expect(retry).toBeVisible({ timeout: 30_000 });
  await expect(popup.getByText(`${first!.name}: failed:`)).toContainText('Name refused');
  await expect(popup.getByRole('progressbar', { name: '0 of 2 done' })).toBeVisible();
  expect(requestsTo('POST', /^\/v1\/lists\/[^/]+\/items$/)).toHaveLength(0);

  await retry.click();
  await expect(popup.getByRole('progressbar', { name: '2 of 2 done' })).toBeVisible({ timeout: 30_000 });
  expect(await personsWithUrl(first!.url!)).toHaveLength(1);
  expect(env.sandbox.list(LIST.id)!.person_ids).toHaveLength(2);
  expect(requestsTo('POST', /^\/v1\/lists\/[^/]+\/items$/)).toHaveLength(1);
  expect(await storedOutbox(extensionPage)).toEqual([]);
});

/** The checked people's successful creates, by LinkedIn URL, each as often as Stardex accepted it. */
function acceptedCreates(): string[] {
  return requestsTo('POST', /^\/v1\/persons$/)
    .filter((request) => request.status !== null && request.status < 300)
    .map((request) => (request.body as { linkedin_url: string }).linkedin_url)
    .sort();
}

test('a 429 on a create and a 503 on a stage change in the middle of a run: waited out, each person once, one list request', async () => {
  test.setTimeout(240_000);
  env.sandbox.reset([]);
  const { popup, extensionPage } = await openListReview();
  const table = popup.getByRole('table', { name: 'People on this page' });
  await expect(table.getByText('+ not in Stardex')).toHaveCount(25, { timeout: 60_000 });
  const checked = page25.expected.people.slice(0, 6);
  for (const person of checked) await popup.getByRole('checkbox', { name: `Select ${person.name}` }).check();
  await pick(popup, 'Add to job', 'talent', JOB.name);
  await popup.getByLabel('Pipeline stage').selectOption({ label: STAGE.name });
  await pick(popup, 'Add to list', 'health', LIST.name);
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Add 6 people to Stardex' }).click();

  // Mid-run: two people are created, then Stardex refuses the next create for the rate limit and the next stage change as unavailable.
  await expect.poll(() => acceptedCreates().length, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  env.sandbox.addFaults([
    { method: 'POST', path: '^/v1/persons$', kind: 'status', status: 429, retryAfter: 2 },
    { method: 'POST', path: '/v1/candidates/update-stage', kind: 'status', status: 503 },
  ]);
  await expect(popup.getByRole('progressbar', { name: '6 of 6 done' })).toBeVisible({ timeout: 120_000 });

  const refused = env.sandbox.requests().filter((request) => request.status === 429 || request.status === 503);
  expect(refused.map((request) => request.status).sort()).toEqual([429, 503]);
  expect(acceptedCreates()).toEqual(checked.map((person) => person.url!).sort());
  const onList = env.sandbox.list(LIST.id)!.person_ids;
  expect(onList.map((id) => env.sandbox.person(id)!.linkedin_url).sort()).toEqual(
    checked.map((person) => person.url!).sort(),
  );
  for (const id of onList) {
    const candidacies = env.sandbox.person(id)!.candidates.filter((entry) => entry.job_id === JOB.id);
    expect(candidacies).toHaveLength(1);
    expect(candidacies[0]!.current_pipeline_stage_id).toBe(STAGE.id);
  }
  expect(requestsTo('POST', /^\/v1\/lists\/[^/]+\/items$/)).toHaveLength(1);
  expect(await storedOutbox(extensionPage)).toEqual([]);
  await expect.poll(() => globalBadge(extensionPage)).toBe('');
});

test('the browser closed in the middle of a run: after reopening, the start-up pass finishes it, each person once, one list request', async () => {
  test.setTimeout(180_000);
  env.sandbox.reset([]);
  const { popup } = await openListReview();
  const table = popup.getByRole('table', { name: 'People on this page' });
  await expect(table.getByText('+ not in Stardex')).toHaveCount(25, { timeout: 60_000 });
  const checked = page25.expected.people.slice(0, 5);
  for (const person of checked) await popup.getByRole('checkbox', { name: `Select ${person.name}` }).check();
  await pick(popup, 'Add to list', 'health', LIST.name);
  env.sandbox.clearLog();
  // The first create is refused for the rate limit, so the run is certainly mid-way when the browser closes.
  env.sandbox.addFaults({ method: 'POST', path: '^/v1/persons$', kind: 'status', status: 429, retryAfter: 3 });
  await popup.getByRole('button', { name: 'Add 5 people to Stardex' }).click();
  await expect.poll(() => requestsTo('POST', /^\/v1\/persons$/).length, { timeout: 30_000 }).toBeGreaterThan(0);
  await env.browser.close({ keepProfile: true });
  expect(acceptedCreates().length).toBeLessThan(checked.length);
  expect(requestsTo('POST', /^\/v1\/lists\/[^/]+\/items$/)).toHaveLength(0);

  // Reopened after the wait Stardex asked for, as a user coming back later would.
  await new Promise((resolve) => setTimeout(resolve, 3_500));
  env.browser = await launchExtensionBrowser(env.browser.userDataDir);
  const page = await env.browser.openExtensionPage('options.html');
  await expect.poll(() => storedOutbox(page), { timeout: 90_000 }).toEqual([]);
  expect(acceptedCreates()).toEqual(checked.map((person) => person.url!).sort());
  expect(
    env.sandbox
      .list(LIST.id)!
      .person_ids.map((id) => env.sandbox.person(id)!.linkedin_url)
      .sort(),
  ).toEqual(checked.map((person) => person.url!).sort());
  expect(requestsTo('POST', /^\/v1\/lists\/[^/]+\/items$/)).toHaveLength(1);
  await expect.poll(() => globalBadge(page)).toBe('');
});

test('a person already on the job and on the list: shown in Stardex, left there (no PATCH, no second candidacy), the run done', async () => {
  test.setTimeout(180_000);
  const [known, fresh] = page25.expected.people;
  const knownId = '5d1e7a3c-2b4f-4c8e-9a6d-0f1e2d3c4b5a';
  env.sandbox.reset([
    {
      id: knownId,
      name: known!.name!,
      linkedin_public_id: known!.url!.split('/in/')[1]!.replace(/\/$/, ''),
      linkedin_url: known!.url!,
      linkedin_headline: known!.headline!,
      linkedin_location: known!.location!,
    },
  ]);
  const client = createStardexClient({ baseUrl: env.sandbox.url, apiKey: DEMO_API_KEY });
  await client.updatePerson(knownId, { job_id: JOB.id });
  await client.addToList(LIST.id, [knownId]);
  const { popup, extensionPage } = await openListReview();
  const table = popup.getByRole('table', { name: 'People on this page' });
  await expect(table.getByText('✓ in Stardex')).toHaveCount(1, { timeout: 60_000 });
  await expect(table.getByText('+ not in Stardex')).toHaveCount(24, { timeout: 60_000 });
  await popup.getByRole('checkbox', { name: `Select ${known!.name}` }).check();
  await popup.getByRole('checkbox', { name: `Select ${fresh!.name}` }).check();
  await pick(popup, 'Add to job', 'talent', JOB.name);
  await pick(popup, 'Add to list', 'health', LIST.name);
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Add 2 people to Stardex' }).click();
  await expect(popup.getByRole('progressbar', { name: '2 of 2 done' })).toBeVisible({ timeout: 60_000 });

  expect(requestsTo('PATCH', new RegExp(knownId))).toEqual([]);
  expect(env.sandbox.person(knownId)!.candidates.filter((entry) => entry.job_id === JOB.id)).toHaveLength(1);
  expect(acceptedCreates()).toEqual([fresh!.url!]);
  const onList = env.sandbox.list(LIST.id)!.person_ids;
  expect(onList.filter((id) => id === knownId)).toHaveLength(1);
  expect(onList).toHaveLength(2);
  expect(requestsTo('POST', /^\/v1\/lists\/[^/]+\/items$/)).toHaveLength(1);
  expect(await storedOutbox(extensionPage)).toEqual([]);
});

test('Sales Navigator rows: a lead confirmed on its page goes on the list as that person, the others are skipped with why, a do-not-contact company is marked', async () => {
  const salesSearch = listFixtureCases.find((fixture) => fixture.file === '84-sales-navigator-search.html')!;
  const [petra, quentin, rosalind] = salesSearch.expected.people;
  const petraId = '6e2f8b4d-3c5a-4d9f-8b7e-1a2b3c4d5e6f';
  env.sandbox.reset(
    [{ id: petraId, name: 'Petra Saltmarsh', current_company_name: 'Quillmont Systems' }],
    [
      {
        id: '0c0a0004-4d2e-4b8f-9a10-00000000c004',
        name: 'Tallowby Labs',
        do_not_contact: true,
        do_not_contact_metadata: { reason: 'Non-solicit agreement', date: '2025-11-03' },
      },
    ],
  );
  const extensionPage = await saveSettingsByMessage(env.browser, env.sandbox.url);
  // What confirming Petra on her lead page leaves behind (tests/e2e/lead-save.spec.ts confirms through that review).
  await extensionPage.evaluate(
    async ({ id, personId }) =>
      chrome.storage.local.set({
        identityLinks: { [`sales-navigator-lead:${id}`]: { personId, personName: 'Petra Saltmarsh', linkedAt: 1 } },
      }),
    { id: petra!.leadId!, personId: petraId },
  );
  await openLinkedinPage(env.browser, salesSearch.url, path.join('lists', salesSearch.file));
  const popup = await env.browser.openExtensionPage(`popup.html?tabId=${await linkedinTabId(env.browser)}`);
  const table = popup.getByRole('table', { name: 'People on this page' });
  const rowOf = (name: string) => table.getByRole('row').filter({ hasText: name });
  await expect(rowOf(petra!.name!)).toContainText('✓ in Stardex as Petra Saltmarsh');
  await expect(rowOf(quentin!.name!)).toContainText('no Stardex person is confirmed for this lead');
  await expect(rowOf(quentin!.name!)).toContainText('Do not contact: Tallowby Labs');
  await expect(rowOf(rosalind!.name!)).toContainText('no Stardex person is confirmed for this lead');

  await popup.getByRole('button', { name: 'Select all' }).click();
  await expect(popup.getByText('Selected: 2 of 3.')).toBeVisible();
  await pick(popup, 'Add to list', 'health', LIST.name);
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Add 2 people to Stardex' }).click();
  await expect(popup.getByRole('progressbar', { name: '2 of 2 done' })).toBeVisible({ timeout: 30_000 });
  await expect(popup.getByText(`${rosalind!.name}: skipped:`)).toContainText('no Stardex person is confirmed');

  expect(env.sandbox.list(LIST.id)!.person_ids).toEqual([petraId]);
  expect(requestsTo('POST', /^\/v1\/persons$/)).toEqual([]);
  expect(requestsTo('PATCH', /^\/v1\/persons\//)).toEqual([]);
  expect(await storedOutbox(extensionPage)).toEqual([]);
});
