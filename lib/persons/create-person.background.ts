import { createdAnswerLostWords, createdWords } from '../ui-words/saves';
import { severalHaveProfileWords } from '../ui-words/refusals';
import { ALL_FIELDS, CONTACT_FIELD_DEFINITIONS, REVIEW_FIELDS, recordOf, type CreatePatchAfterKey } from '../fields';
import type { CreateOutcome, PersonCreateInput, RequestOf, SaveOutcome } from '../messaging/protocol';
import type { OutboxSave } from '../outbox/outbox';
import type { PlacementChoice } from '../placements/placement-steps';
import { candidacyOn } from '../placements/stardex-placements';
import { buildPersonPatch } from '../stardex/change-set';
import type { StardexClient } from '../stardex/client';
import { StardexError } from '../stardex/errors';
import type { PersonPatch, StardexPerson } from '../stardex/schemas';
import { FailureError } from '../failure';
import { stardexFailureOf } from '../to-failure.background';
import { forgetMatch } from '../badge/tab-badge.background';
import { IdentityMismatchError, assertTabStillShows } from './identity-guard';
import { matchPerson, profileIdentity } from './match-person.background';
import { queueAndDeliver } from './save-person.background';
import { assertWithinFieldLimits } from '../field-limits';
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

/** Creates in progress, by canonical profile URL: a second create of the profile waits for the first. */
const creating = new Map<string, Promise<unknown>>();

/**
 * Creates the profile's person in Stardex without ever creating two: creates of one profile run one
 * at a time (the popup and the side panel may both ask), each searches first, and when the create
 * fails or times out it may still have happened, so it searches again before reporting failure.
 * Create takes no headline, so the headline follows as a queued PATCH; what did not reach Stardex
 * of that follow-up is said in `then`.
 */
export function createPerson(client: StardexClient, request: RequestOf<'person/create'>): Promise<CreateOutcome> {
  const { canonical } = profileIdentity(request.linkedinUrl);
  const before = creating.get(canonical) ?? Promise.resolve();
  const mine = before.catch(() => undefined).then(() => createOnce(client, request, canonical));
  const settled = mine.catch(() => undefined);
  creating.set(canonical, settled);
  void settled.then(() => {
    if (creating.get(canonical) === settled) creating.delete(canonical);
  });
  return mine;
}

async function createOnce(
  client: StardexClient,
  request: RequestOf<'person/create'>,
  canonical: string,
): Promise<CreateOutcome> {
  if (request.tabId !== null) assertTabStillShows(request.linkedinUrl, await profileShownInTab(request.tabId));
  assertWithinFieldLimits(request.person);
  const existing = await matchPerson(client, canonical);
  if (existing.status === 'several') {
    throw new IdentityMismatchError(severalHaveProfileWords());
  }
  if (existing.status === 'matched') return saveToExisting(existing.person, request, canonical);
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
  // The create itself put the person on the job (also when its answer was lost: it was the same request).
  const placement = { job: job && { ...job, onJob: true }, list };
  const then = await followUp(saveOf(created, canonical, patchAfter), placement);
  await forgetMatch(canonical);
  if (answerLost) {
    return {
      status: 'existing',
      person: created,
      message: createdAnswerLostWords(),
      then,
    };
  }
  return { status: 'created', person: created, message: createdWords(created.name ?? null), then };
}

/**
 * Stardex already has the profile (another window created it, or an earlier create whose answer was
 * lost): the review becomes a save to that person, of what differs from the record, guarded like any
 * save, with the job, stage and list the user chose.
 */
async function saveToExisting(
  person: StardexPerson,
  request: RequestOf<'person/create'>,
  canonical: string,
): Promise<CreateOutcome> {
  const patch = patchForExisting(request.person, person);
  const { job = null, list = null } = request.placement ?? {};
  const onJob = job !== null && person.candidates !== undefined && candidacyOn(person.candidates, job.id) !== null;
  const placement = { job: job && { ...job, onJob: job.onJob || onJob }, list };
  const hasPlacement =
    (placement.job !== null && (!placement.job.onJob || placement.job.stage !== null)) || list !== null;
  const then =
    Object.keys(patch).length > 0 || hasPlacement ? await followUp(saveOf(person, canonical, patch), placement) : null;
  await forgetMatch(canonical);
  return {
    status: 'existing',
    person,
    message: `${person.name ?? 'This person'} was already in Stardex, so nothing was created: the review was saved to them instead.`,
    then,
  };
}

/** The create's values as a save to an existing person: only what differs from the record. */
function patchForExisting(input: PersonCreateInput, person: StardexPerson): PersonPatch {
  const reviewed = recordOf(
    REVIEW_FIELDS,
    (field) => field.key,
    (field) => {
      const value = (input as Record<string, unknown>)[field.patchKey];
      // The profile's own URL is what the record was found by: never part of this save.
      return typeof value === 'string' && field.format !== 'profile-url' ? value : '';
    },
  );
  const contacts = Object.fromEntries(
    CONTACT_FIELD_DEFINITIONS.flatMap((field) => {
      const value = (input as Record<string, unknown>)[field.patchKey];
      return typeof value === 'string' && value.trim() !== '' ? [[field.patchKey, value]] : [];
    }),
  );
  return { ...buildPersonPatch(reviewed, person, { enrich: input.enrich_record === true }), ...contacts };
}

function saveOf(person: StardexPerson, canonical: string, patch: PersonPatch): OutboxSave {
  return {
    id: crypto.randomUUID(),
    personId: person.id,
    personName: person.name ?? null,
    linkedinUrl: canonical,
    patch,
    notes: [],
  };
}

/** The rest of the review after a create (or instead of it), as the save it is; null when there is nothing. */
async function followUp(save: OutboxSave, placement: PlacementChoice): Promise<SaveOutcome | null> {
  const nothing = Object.keys(save.patch).length === 0 && placement.job?.stage == null && placement.list === null;
  if (nothing && (placement.job === null || placement.job.onJob)) {
    if (placement.job) await noteRecentJob(placement.job);
    return null;
  }
  return queueAndDeliver(save, placement);
}
