import {
  companyStepWords,
  createStepWords,
  listBatchStepWords,
  jobStepWords,
  listStepWords,
  noteStepWords,
  stageStepWords,
} from '../ui-words/saves';
import { OutboxFullError, enqueueSave, type OutboxSave } from '../outbox/outbox';
import type { JobRef } from './placement-schema';
import { conversationWords } from '../ui-words/conversations';
import { OUTBOX_CAPACITY, type OutboxEntry } from '../outbox/schema';

/**
 * A save that also puts the person on a job, at a stage, and on a list is one user action made of
 * steps, each its own outbox entry so each is sent exactly once, retried, shown and discarded on its
 * own: the PATCH (with `job_id`), then the stage change, then the list add. Each step names the one
 * before it (`after`) and runs only once that one has reached Stardex.
 */

export interface PlacementChoice {
  /** `onJob`: the review showed the person on this job already, so only the stage moves. */
  job: (JobRef & { stage: { id: string; name: string } | null; onJob: boolean }) | null;
  list: { id: string; name: string } | null;
}

/**
 * Queues the save and its steps in one change of the outbox; returns the ids of the entries that
 * hold them, in sending order. A save with nothing of its own (no field, no note, no job to join)
 * queues only its steps. `newId` names each step's entry.
 */
export function enqueueWithPlacement(
  entries: readonly OutboxEntry[],
  save: OutboxSave,
  placement: PlacementChoice,
  now: number,
  newId: () => string,
): [OutboxEntry[], string[]] {
  const joins = placement.job !== null && !placement.job.onJob;
  const steps: OutboxSave['step'][] = [
    ...(placement.job?.stage
      ? [{ kind: 'stage' as const, job: refOf(placement.job), stage: placement.job.stage }]
      : []),
    ...(placement.list ? [{ kind: 'list' as const, list: placement.list }] : []),
  ];
  const hasOwnSave = joins || Object.keys(save.patch).length > 0 || save.notes.length > 0;
  if (entries.length + steps.length + (hasOwnSave ? 1 : 0) > OUTBOX_CAPACITY) throw new OutboxFullError();

  let next = [...entries];
  const ids: string[] = [];
  if (hasOwnSave) {
    const [queued, id] = enqueueSave(next, joins ? { ...save, job: refOf(placement.job!) } : save, now);
    next = queued;
    ids.push(id);
  }
  for (const step of steps) {
    const id = newId();
    const after = ids.at(-1);
    [next] = enqueueSave(next, { ...save, id, patch: {}, notes: [], step, ...(after ? { after } : {}) }, now);
    ids.push(id);
  }
  return [next, ids];
}

function refOf(job: JobRef): JobRef {
  return { id: job.id, name: job.name };
}

/** What an entry sends, in the words the outbox list shows: the fields, a note, the job, the stage, the list. */
export function describeEntryParts(entry: OutboxEntry): string[] {
  if (entry.step?.kind === 'stage') return [stageStepWords(entry.step.stage.name, entry.step.job.name)];
  if (entry.step?.kind === 'list') return [listStepWords(entry.step.list.name)];
  if (entry.step?.kind === 'company') return [companyStepWords(entry.step.company.name)];
  if (entry.activities) return [conversationWords.outboxPart()];
  if (entry.step?.kind === 'create') return [createStepWords()];
  if (entry.step?.kind === 'list-batch') return [listBatchStepWords(entry.step.list.name, entry.step.personIds.length)];
  return [
    ...Object.keys(entry.patch),
    ...(entry.notes.length > 0 ? [noteStepWords()] : []),
    ...(entry.job ? [jobStepWords(entry.job.name)] : []),
  ];
}
