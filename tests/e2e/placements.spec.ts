import { expect, type Page } from 'playwright/test';
import { seedJobs, seedLists } from '../../scripts/stardex-sandbox/placement-store';
import type { LoggedRequest } from '../../scripts/stardex-sandbox/server';
import { CALLA_ID, callaInStardex } from './calla';
import { test, useExtensionEnvironment } from './environment';
import { openProfile, openReview, SANDBOX_API_KEY, saveSettingsByMessage } from './extension-setup';
import { clearSandboxFaults, pendingEntry, statusText } from './fault-helpers';
import { menuHelpers } from './menu-helpers';

/**
 * Issue 13: the review puts the person on a job, at a stage, and on a list in the same save, each
 * step sent exactly once, in order, through the outbox.
 */

const env = useExtensionEnvironment();
const { clickMenu, recordNotifications, menuExists } = menuHelpers(env);

const JOB = seedJobs[0]!;
const STAGE = JOB.pipeline_stages[2]!;
const LIST = seedLists[0]!;
const PERSON_PATH = `/v1/persons/${CALLA_ID}`;
/** Calla's record differs from her page only in the job title, so the save's PATCH sets the title. */
const calla = callaInStardex({ current_job_title: 'Recruiter' });

test.afterEach(() => clearSandboxFaults(env.sandbox));

async function openCallaReview(seed = calla): Promise<Page> {
  env.sandbox.reset([seed]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, '01-layout2025-full.html');
  const popup = await openReview(env.browser, tabId);
  await expect(popup.getByText('In Stardex: Calla Northallen')).toBeVisible();
  return popup;
}

async function pick(popup: Page, box: 'Add to job' | 'Add to list', typed: string, option: string) {
  await popup.getByRole('combobox', { name: box }).fill(typed);
  await popup.getByRole('option', { name: new RegExp(`^${option}`) }).click();
  await expect(popup.getByRole('combobox', { name: box })).toHaveValue(option);
}

/** The requests since the log was cleared, as "METHOD path". */
function sent(): string[] {
  return env.sandbox.requests().map((request: LoggedRequest) => `${request.method} ${request.path} ${request.status}`);
}

function requestsTo(method: string, path: string) {
  return env.sandbox.requests().filter((request) => request.method === method && request.path === path);
}

const candidaciesOfCalla = () => env.sandbox.person(CALLA_ID)?.candidates ?? [];

test('save + job + stage + list: one PATCH with job_id, one stage change, one list add, in that order', async () => {
  const popup = await openCallaReview();
  await pick(popup, 'Add to job', 'talent', JOB.name);
  await popup.getByLabel('Pipeline stage').selectOption({ label: STAGE.name });
  await pick(popup, 'Add to list', 'health', LIST.name);
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(statusText(popup)).toContainText(
    `Saved to Stardex: updated 1 field(s); added to job "${JOB.name}", stage "${STAGE.name}", list "${LIST.name}".`,
  );

  const [candidacy, ...more] = candidaciesOfCalla();
  expect(more).toEqual([]);
  expect(candidacy).toMatchObject({ job_id: JOB.id, current_pipeline_stage_id: STAGE.id });
  expect(env.sandbox.list(LIST.id)?.person_ids).toEqual([CALLA_ID]);
  const requests = sent();
  // After them the review reads the record again (search, GET) to show what Stardex now has.
  expect(requests.slice(6).every((request) => /^(GET|POST \/v1\/persons\/search) /.test(request))).toBe(true);
  expect(requests.slice(0, 6)).toEqual([
    `GET ${PERSON_PATH} 200`,
    `PATCH ${PERSON_PATH} 200`,
    `GET ${PERSON_PATH} 200`,
    'POST /v1/candidates/update-stage 200',
    `GET ${PERSON_PATH} 200`,
    `POST /v1/lists/${LIST.id}/items 200`,
  ]);
  expect(requestsTo('PATCH', PERSON_PATH)[0]!.body).toEqual({
    current_job_title: 'Technical Recruiter',
    job_id: JOB.id,
  });
  expect(requestsTo('POST', '/v1/candidates/update-stage')[0]!.body).toEqual({
    job_id: JOB.id,
    candidate_id: candidacy!.candidate_id,
    stage_id: STAGE.id,
  });
  expect(requestsTo('POST', `/v1/lists/${LIST.id}/items`)[0]!.body).toEqual({ person_ids: [CALLA_ID] });
});

test('a person already on the job is shown there and only moves stage: no job_id is sent', async () => {
  const onJob = {
    candidate_id: 'ca000000-0000-4000-8000-000000000001',
    job_id: JOB.id,
    job_name: JOB.name,
    current_pipeline_stage_id: JOB.pipeline_stages[0]!.id,
    current_pipeline_stage_name: JOB.pipeline_stages[0]!.name,
    is_archived: false,
  };
  const popup = await openCallaReview({ ...calla, candidates: [onJob] });
  await expect(popup.getByRole('list', { name: 'Jobs this person is on' })).toHaveText(
    `${JOB.name}: ${JOB.pipeline_stages[0]!.name}`,
  );
  await pick(popup, 'Add to job', 'talent', JOB.name);
  await expect(popup.getByText('Already on this job (Sourced)')).toBeVisible();
  await popup.getByLabel('Pipeline stage').selectOption({ label: STAGE.name });
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(statusText(popup)).toContainText(`Saved to Stardex: updated 1 field(s); stage "${STAGE.name}".`);

  expect(requestsTo('PATCH', PERSON_PATH).map((request) => request.body)).toEqual([
    { current_job_title: 'Technical Recruiter' },
  ]);
  expect(requestsTo('POST', '/v1/candidates/update-stage').map((request) => request.body)).toEqual([
    { job_id: JOB.id, candidate_id: onJob.candidate_id, stage_id: STAGE.id },
  ]);
  expect(candidaciesOfCalla()).toEqual([
    { ...onJob, current_pipeline_stage_id: STAGE.id, current_pipeline_stage_name: STAGE.name },
  ]);
});

test('a list the person is already on: one request, and the review says so', async () => {
  const popup = await openCallaReview();
  const before = await fetch(`${env.sandbox.url}/v1/lists/${LIST.id}/items`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${SANDBOX_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ person_ids: [CALLA_ID] }),
  });
  expect(before.status).toBe(200);
  await pick(popup, 'Add to list', 'health', LIST.name);
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(statusText(popup)).toContainText(`list "${LIST.name}". Already in the list "${LIST.name}".`);
  expect(requestsTo('POST', `/v1/lists/${LIST.id}/items`)).toHaveLength(1);
  expect(env.sandbox.list(LIST.id)?.person_ids).toEqual([CALLA_ID]);
});

test('a 503 on the stage change after the PATCH went through: the stage is retried once, the PATCH is not sent again', async () => {
  const popup = await openCallaReview();
  await pick(popup, 'Add to job', 'talent', JOB.name);
  await popup.getByLabel('Pipeline stage').selectOption({ label: STAGE.name });
  env.sandbox.addFaults({ method: 'POST', path: '/v1/candidates/update-stage', kind: 'status', status: 503 });
  env.sandbox.clearLog();
  await popup.getByRole('button', { name: 'Save to Stardex' }).click();
  await expect(statusText(popup)).toContainText(
    `Kept in the outbox, not yet in Stardex. stage "${STAGE.name}" on job "${JOB.name}": Stardex had a problem (HTTP 503)`,
  );
  await expect(pendingEntry(popup)).toContainText(`stage "${STAGE.name}" on job "${JOB.name}"`);

  await expect
    .poll(() => candidaciesOfCalla()[0]?.current_pipeline_stage_id, { timeout: 15_000, message: 'the retry moves her' })
    .toBe(STAGE.id);
  expect(candidaciesOfCalla()).toHaveLength(1);
  expect(requestsTo('PATCH', PERSON_PATH)).toHaveLength(1);
  expect(requestsTo('POST', '/v1/candidates/update-stage').map((request) => request.status)).toEqual([503, 200]);
  await expect(pendingEntry(popup)).toHaveCount(0);
});

test('right-click › "Add to Stardex job ›" lists the three most recent jobs and adds a certain match to one', async () => {
  env.sandbox.reset([calla]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, '01-layout2025-full.html');
  // Four jobs used before, newest first, as the review's saves keep them.
  const recent = [seedJobs[1]!, JOB, seedJobs[2]!, seedJobs[3]!].map(({ id, name }) => ({ id, name }));
  await env.browser.serviceWorker.evaluate((jobs) => chrome.storage.local.set({ recentJobs: jobs }), recent);
  const entries = recent.map((job) => `add-to-job:${job.id}`);
  await expect.poll(() => Promise.all(entries.map(menuExists))).toEqual([true, true, true, false]);
  const notifications = await recordNotifications();
  env.sandbox.clearLog();

  await clickMenu(tabId, { menuItemId: `add-to-job:${JOB.id}`, parentMenuItemId: 'add-to-job' });

  await expect
    .poll(notifications)
    .toEqual([{ title: 'Added to the Stardex job', message: `Added Calla Northallen to "${JOB.name}".` }]);
  expect(requestsTo('PATCH', PERSON_PATH).map((request) => request.body)).toEqual([{ job_id: JOB.id }]);
  expect(candidaciesOfCalla().map((candidacy) => candidacy.job_id)).toEqual([JOB.id]);
  // The job used last moves to the front of the menu.
  await expect
    .poll(() =>
      env.browser.serviceWorker.evaluate(async () => (await chrome.storage.local.get('recentJobs')).recentJobs),
    )
    .toEqual([recent[1], recent[0], recent[2], recent[3]]);
});
