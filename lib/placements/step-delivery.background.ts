import { jobOrStageGoneWords, listGoneWords, notAddedToListWords, notOnJobWords } from '../ui-words/refusals';
import { alreadyInListWords } from '../ui-words/saves';
import { RefusalError } from '../failure';
import type { OutboxEntry } from '../outbox/outbox';
import type { PersonStep } from './placement-schema';
import type { StardexClient } from '../stardex/client';
import { StardexError } from '../stardex/errors';
import { candidacyOn } from './stardex-placements';
import type { PatchWithJob, StardexPerson } from '../stardex/schemas';
import { deliverCompanyStep } from '../companies/company-step-delivery.background';

/** A step Stardex cannot take as it stands (not on the job, refused by the list); retrying will not help. */
class PlacementStepError extends RefusalError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PlacementStepError';
  }
}

/**
 * The PATCH body of a save: its fields, plus `job_id` unless the person (as just read) is on the job
 * already. That read is what keeps a retry after a lost answer from adding the person a second time.
 */
export function patchBody(entry: OutboxEntry, person: StardexPerson): PatchWithJob {
  if (!entry.job || candidacyOn(person.candidates, entry.job.id)) return entry.patch;
  return { ...entry.patch, job_id: entry.job.id };
}

/** Sends one stage or list step for the person just read; resolves with what the user should know. */
export async function deliverStep(
  client: StardexClient,
  entry: OutboxEntry,
  step: PersonStep,
  person: StardexPerson,
): Promise<{ notice?: string }> {
  if (step.kind === 'company') return deliverCompanyStep(client, entry, step.company, person);
  if (step.kind === 'stage') {
    const candidacy = candidacyOn(person.candidates, step.job.id);
    if (!candidacy) {
      throw new PlacementStepError(notOnJobWords(entry.personName ?? null, step.job.name));
    }
    // Already there (an earlier attempt's answer was lost, or someone moved them): nothing to send.
    if (candidacy.current_pipeline_stage_id === step.stage.id) return {};
    await refusedAsStep(
      client.updateStage({ job_id: step.job.id, candidate_id: candidacy.candidate_id, stage_id: step.stage.id }),
      (reason) => jobOrStageGoneWords(step.job.name, step.stage.name, reason),
    );
    return {};
  }
  const result = await refusedAsStep(client.addToList(step.list.id, [entry.personId]), (reason) =>
    listGoneWords(step.list.name, reason),
  );
  const failed = result?.failed?.find((item) => item.id.toLowerCase() === entry.personId.toLowerCase());
  if (failed) {
    throw new PlacementStepError(notAddedToListWords(entry.personName ?? null, step.list.name, failed.reason ?? null));
  }
  const already = result?.already_present_ids?.some((id) => id.toLowerCase() === entry.personId.toLowerCase());
  return already ? { notice: alreadyInListWords(step.list.name) } : {};
}

/** A 404 here is about the job, stage or list, not the person: say so instead of "no longer exists". */
async function refusedAsStep<T>(request: Promise<T>, gone: (reason: string) => string): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof StardexError && error.kind === 'not-found') {
      throw new PlacementStepError(gone(error.message), { cause: error });
    }
    throw error;
  }
}
