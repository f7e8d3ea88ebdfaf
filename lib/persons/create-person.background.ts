import { createdAnswerLostWords, createdWords } from '../ui-words/saves';
import { ALL_FIELDS, type CreatePatchAfterKey } from '../fields';
import type { CreateOutcome, PersonCreateInput, RequestOf } from '../messaging/protocol';
import { enqueueWithPlacement } from '../placements/placement-steps';
import type { StardexClient } from '../stardex/client';
import { StardexError } from '../stardex/errors';
import type { PersonPatch } from '../stardex/schemas';
import { FailureError } from '../failure';
import { stardexFailureOf } from '../to-failure.background';
import { forgetMatch } from '../badge/tab-badge.background';
import { assertTabStillShows } from './identity-guard';
import { matchPerson, profileIdentity } from './match-person.background';
import { deliverSoon } from '../outbox/delivery.background';
import { transactOutbox } from '../outbox/store';
import { profileShownInTab } from '../linkedin/read-tab-profile.background';
import { noteRecentJob } from '../placements/recent-jobs-store.background';

/** A create that failed, and the search after it did not find the person: nothing was created. */
function notCreated(cause: unknown): FailureError {
  const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  const failure =
    cause instanceof StardexError ? stardexFailureOf(cause) : { kind: 'unexpected' as const, message: null, detail };
  return new FailureError({ kind: 'not-created', cause: failure, detail: failure.detail }, `create failed: ${detail}`);
}

const PATCH_AFTER_KEYS: ReadonlySet<string> = new Set(
  ALL_FIELDS.filter((field) => field.create === 'patch-after').map((field) => field.patchKey),
);

/** Create takes no headline (lib/fields.ts `create: 'patch-after'`): such values are sent by a PATCH after it. */
function splitCreateInput(person: PersonCreateInput): {
  body: Omit<PersonCreateInput, CreatePatchAfterKey>;
  patchAfter: PersonPatch;
} {
  const entries = Object.entries(person);
  return {
    body: Object.fromEntries(entries.filter(([key]) => !PATCH_AFTER_KEYS.has(key))) as Omit<
      PersonCreateInput,
      CreatePatchAfterKey
    >,
    patchAfter: Object.fromEntries(entries.filter(([key, value]) => PATCH_AFTER_KEYS.has(key) && value)),
  };
}

/**
 * Creates the profile's person in Stardex without ever creating two: search first; and when the
 * create fails or times out it may still have happened, so search again before reporting failure.
 * Create takes no headline, so the headline follows as a queued PATCH.
 */
export async function createPerson(client: StardexClient, request: RequestOf<'person/create'>): Promise<CreateOutcome> {
  if (request.tabId !== null) assertTabStillShows(request.linkedinUrl, await profileShownInTab(request.tabId));
  const { canonical } = profileIdentity(request.linkedinUrl);
  const existing = await matchPerson(client, canonical);
  if (existing.status === 'matched') {
    return { status: 'existing', person: existing.person, message: 'Already in Stardex: nothing was created.' };
  }
  if (existing.status === 'several') {
    return { status: 'existing', person: existing.persons[0]!, message: 'Already in Stardex: nothing was created.' };
  }
  const { body, patchAfter } = splitCreateInput(request.person);
  const { job = null, list = null } = request.placement ?? {};
  let created;
  let answerLost = false;
  try {
    created = await client.createPerson({ ...body, linkedin_url: canonical, ...(job ? { job_id: job.id } : {}) });
  } catch (error) {
    const after = await matchPerson(client, canonical).catch(() => null);
    if (after?.status !== 'matched') throw notCreated(error);
    // The create happened although its answer was lost: the headline (etc.) must still follow.
    created = after.person;
    answerLost = true;
  }
  const save = {
    id: crypto.randomUUID(),
    personId: created.id,
    personName: created.name ?? null,
    linkedinUrl: canonical,
    patch: patchAfter,
    notes: [],
  };
  // The create itself put the person on the job (also when its answer was lost: it was the same request).
  const placement = { job: job && { ...job, onJob: true }, list };
  const entryIds = await transactOutbox((entries) =>
    enqueueWithPlacement(entries, save, placement, Date.now(), () => crypto.randomUUID()),
  );
  if (job) await noteRecentJob(job);
  for (const id of entryIds) if (!(await deliverSoon(id)).delivered) break;
  await forgetMatch(canonical);
  if (answerLost) {
    return {
      status: 'existing',
      person: created,
      message: createdAnswerLostWords(),
    };
  }
  return { status: 'created', person: created, message: createdWords(created.name ?? null) };
}
