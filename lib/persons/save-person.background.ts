import { canonicalProfileUrl } from '../linkedin/profile-url';
import type { RequestOf, SaveOutcome } from '../messaging/protocol';
import { enqueueSave, type OutboxEntry, type OutboxSave } from '../outbox/outbox';
import { describeEntryParts, enqueueWithPlacement, type PlacementChoice } from '../placements/placement-steps';
import { readOutbox, transactOutbox } from '../outbox/store';
import { FailureError } from '../failure';
import { assertTabStillShows, withReviewedLinkedinUrl } from './identity-guard';
import { deliverSoon, type AttemptOutcome } from '../outbox/delivery.background';
import { queuedAttemptOf } from '../outbox/view.background';
import { profileShownInTab } from '../linkedin/read-tab-profile.background';
import { noteRecentJob } from '../placements/recent-jobs-store.background';
import { baseUrlOrigin } from '../settings/settings';
import { settingsItem } from '../storage/items';
import { assertWithinFieldLimits } from '../field-limits';

/**
 * Queues a reviewed change set durably before the first request, then tries to deliver it at once.
 * The tab must still show the reviewed profile, and a `linkedin_url` in the patch must be that
 * profile; the person is re-checked right before sending.
 * Answers as soon as this save's own entry has had its attempt, whatever else waits in the outbox.
 * A save of which nothing reached Stardex, refused for good, is an error; one of which some parts
 * did is `partly-saved`, naming the part that was refused.
 */
export async function savePerson(request: RequestOf<'person/save'>): Promise<SaveOutcome> {
  if (request.tabId !== null) assertTabStillShows(request.linkedinUrl, await profileShownInTab(request.tabId));
  const linkedinUrl = canonicalProfileUrl(request.linkedinUrl) ?? request.linkedinUrl;
  const save: OutboxSave = {
    id: crypto.randomUUID(),
    personId: request.personId,
    personName: request.personName,
    linkedinUrl,
    patch: withReviewedLinkedinUrl(request.patch, linkedinUrl),
    notes: request.note ? [request.note] : [],
  };
  const outcome = await queueAndDeliver(save, request.placement ?? null);
  if (outcome.status === 'partly-saved' && outcome.fields.length === 0 && !outcome.placed) {
    throw new FailureError(outcome.notSaved.failure, `save ${save.id} failed`);
  }
  return outcome;
}

/**
 * Queues a save (with its job, stage and list steps) in one outbox transaction and gives each step its
 * attempt, then says what reached Stardex: everything (`saved`), part of it with the rest refused for
 * good (`partly-saved`, also when that part is all of it), or part of it with the rest waiting (`queued`).
 */
export async function queueAndDeliver(save: OutboxSave, placement: PlacementChoice | null): Promise<SaveOutcome> {
  // Refused before it is queued: a value Stardex cannot take would only wait in the outbox for good.
  assertWithinFieldLimits(save.patch);
  // Bound to the Stardex it is queued for: a changed API base URL never receives it.
  const origin = baseUrlOrigin((await settingsItem.getValue()).baseUrl) ?? undefined;
  const bound = origin === undefined ? save : { ...save, origin };
  const entryIds = await transactOutbox((entries) => queue(entries, bound, placement));
  if (placement?.job) await noteRecentJob(placement.job);
  const { through, outcome } = await deliverInOrder(entryIds);
  // `enrich_record` asks Stardex to enrich the person: an instruction, not a field that was updated.
  const fields = [
    ...Object.keys(save.patch).filter((key) => key !== 'enrich_record'),
    ...(save.notes.length > 0 ? ['note'] : []),
  ];
  const { personId } = save;
  const notice = outcome.notice ? { notice: outcome.notice } : {};
  if (through === entryIds.length) {
    const placed = placement ? describePlacement(placement, []) : [];
    return { status: 'saved', personId, fields, ...notice, ...(placed.length > 0 ? { placed } : {}) };
  }
  const stuckId = entryIds[through]!;
  const entries = await readOutbox();
  const left = entries.find((entry) => entry.id === stuckId);
  if (!left) throw new FailureError({ kind: 'save-discarded' }, `save ${stuckId} was discarded`);
  const stuckParts = describeEntryParts(left);
  if (left.state === 'failed') {
    // What the stuck entry still holds did not go, nor the steps after it (they wait for it); the rest
    // did: earlier steps, and a PATCH applied before a refused note (the entry then holds the note only).
    const notThrough = entries.filter((entry) => entryIds.slice(through).includes(entry.id));
    const placed = placement ? describePlacement(placement, notThrough) : [];
    return {
      status: 'partly-saved',
      personId,
      fields: fields.filter((field) => !stuckParts.includes(field)),
      ...notice,
      ...(placed.length > 0 ? { placed } : {}),
      notSaved: {
        parts: notThrough.flatMap(describeEntryParts),
        failure: left.lastError ?? { kind: 'unexpected', message: null },
      },
    };
  }
  // Steps before it did reach Stardex: the words name the one that did not.
  const stuckPart = through > 0 ? stuckParts : [];
  return {
    status: 'queued',
    personId,
    fields,
    attempt: queuedAttemptOf(left, entries, Date.now()),
    ...(stuckPart.length > 0 ? { stuckPart } : {}),
  };
}

function queue(
  entries: Parameters<typeof enqueueSave>[0],
  save: OutboxSave,
  placement: PlacementChoice | null,
): ReturnType<typeof enqueueWithPlacement> {
  if (placement) return enqueueWithPlacement(entries, save, placement, Date.now(), () => crypto.randomUUID());
  const [next, id] = enqueueSave(entries, save, Date.now());
  return [next, [id]];
}

/**
 * Gives each step its attempt in order, stopping at the first that is not through (a later step
 * waits for it anyway). `through`: how many reached Stardex; the notices of all of them, joined.
 */
async function deliverInOrder(ids: readonly string[]): Promise<{ through: number; outcome: AttemptOutcome }> {
  const notices: string[] = [];
  let through = 0;
  for (const id of ids) {
    const outcome = await deliverSoon(id);
    if (!outcome.delivered) break;
    if (outcome.notice) notices.push(outcome.notice);
    through += 1;
  }
  return {
    through,
    outcome: { delivered: through === ids.length, ...(notices.length > 0 ? { notice: notices.join(' ') } : {}) },
  };
}

/** What the save did besides fields, as the review's "Saved" message lists it; `notThrough`: entries that did not go. */
function describePlacement({ job, list }: PlacementChoice, notThrough: readonly OutboxEntry[]): string[] {
  const left = (step: 'stage' | 'list') => notThrough.some((entry) => entry.step?.kind === step);
  const joinLeft = notThrough.some((entry) => entry.job !== undefined);
  return [
    ...(job && !job.onJob && !joinLeft ? [`added to job "${job.name}"`] : []),
    ...(job?.stage && !left('stage') ? [`stage "${job.stage.name}"`] : []),
    ...(list && !left('list') ? [`list "${list.name}"`] : []),
  ];
}
