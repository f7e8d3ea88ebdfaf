import { canonicalProfileUrl } from '../linkedin/profile-url';
import type { RequestOf, SaveOutcome } from '../messaging/protocol';
import { enqueueSave, type OutboxSave } from '../outbox/outbox';
import { describeEntryParts, enqueueWithPlacement, type PlacementChoice } from '../placements/placement-steps';
import { readOutbox, transactOutbox } from '../outbox/store';
import { FailureError } from '../failure';
import { assertTabStillShows, withReviewedLinkedinUrl } from './identity-guard';
import { deliverSoon, type AttemptOutcome } from '../outbox/delivery.background';
import { queuedAttemptOf } from '../outbox/view.background';
import { profileShownInTab } from '../linkedin/read-tab-profile.background';
import { noteRecentJob } from '../placements/recent-jobs-store.background';

/**
 * Queues a reviewed change set durably before the first request, then tries to deliver it at once.
 * The tab must still show the reviewed profile, and a `linkedin_url` in the patch must be that
 * profile; the person is re-checked right before sending.
 * Answers as soon as this save's own entry has had its attempt, whatever else waits in the outbox.
 */
export async function savePerson(request: RequestOf<'person/save'>): Promise<SaveOutcome> {
  if (request.tabId !== null) assertTabStillShows(request.linkedinUrl, await profileShownInTab(request.tabId));
  const linkedinUrl = canonicalProfileUrl(request.linkedinUrl) ?? request.linkedinUrl;
  const save = {
    id: crypto.randomUUID(),
    personId: request.personId,
    personName: request.personName,
    linkedinUrl,
    patch: withReviewedLinkedinUrl(request.patch, linkedinUrl),
    notes: request.note ? [request.note] : [],
  };
  const placement = request.placement ?? null;
  const entryIds = await transactOutbox((entries) => queue(entries, save, placement));
  if (placement?.job) await noteRecentJob(placement.job);
  const { through, outcome } = await deliverInOrder(entryIds);
  const fields = [...Object.keys(request.patch), ...(request.note ? ['note'] : [])];
  const placed = placement ? describePlacement(placement) : [];
  if (through === entryIds.length) {
    const { notice } = outcome;
    return {
      status: 'saved',
      personId: request.personId,
      fields,
      ...(notice ? { notice } : {}),
      ...(placed.length > 0 ? { placed } : {}),
    };
  }
  const stuckId = entryIds[through]!;
  const entries = await readOutbox();
  const left = entries.find((entry) => entry.id === stuckId);
  if (!left) throw new FailureError({ kind: 'save-discarded' }, `save ${stuckId} was discarded`);
  // Refused for a reason retrying cannot fix: it stays in the outbox, marked failed, with its failure.
  if (left.state === 'failed') {
    throw new FailureError(left.lastError ?? { kind: 'unexpected', message: null }, `save ${stuckId} failed`);
  }
  // Steps before it did reach Stardex: the words name the one that did not.
  const stuckPart = through > 0 ? describeEntryParts(left) : [];
  return {
    status: 'queued',
    personId: request.personId,
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

/** What the save did besides fields, as the review's "Saved" message lists it. */
function describePlacement({ job, list }: PlacementChoice): string[] {
  return [
    ...(job && !job.onJob ? [`added to job "${job.name}"`] : []),
    ...(job?.stage ? [`stage "${job.stage.name}"`] : []),
    ...(list ? [`list "${list.name}"`] : []),
  ];
}
