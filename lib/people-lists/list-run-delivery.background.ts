import { RefusalError } from '../failure';
import { matchPerson } from '../persons/match-person.background';
import { updateOutbox } from '../outbox/store';
import type { OutboxEntry } from '../outbox/schema';
import type { PlacementStep } from '../placements/placement-schema';
import { candidacyOn } from '../placements/stardex-placements';
import type { StardexClient } from '../stardex/client';
import type { StardexPerson } from '../stardex/schemas';
import { peopleListRunWords } from '../ui-words/people-lists';
import { isNotCreated, markCreated, type CreateStep } from './list-run';

type ListBatchStep = Extract<PlacementStep, { kind: 'list-batch' }>;

/** Sends a list run's own steps: a person's create, or the run's one batch list request. */
export async function deliverListRunStep(
  client: StardexClient,
  entry: OutboxEntry,
  step: CreateStep | ListBatchStep,
): Promise<void> {
  if (step.kind === 'create') {
    // A list run queues a create only for a row with a public URL (list-run.ts); Stardex requires one. Reaching
    // this is a bug, so it is worded for the programmer reading the outbox entry's detail.
    if (entry.linkedinUrl === null) throw new Error(`list run create ${entry.id} has no LinkedIn URL`);
    const person = await findOrCreate(client, entry.linkedinUrl, step);
    await updateOutbox((entries) => markCreated(entries, entry.id, person.id, person.name ?? null));
    return;
  }
  // A person whose create was discarded by the user is left out; everyone else goes in one request.
  const personIds = step.personIds.filter((id) => !isNotCreated(id));
  if (personIds.length === 0) return;
  const result = await client.addToList(step.list.id, personIds);
  const failed = result?.failed ?? [];
  if (failed.length > 0) {
    throw new RefusalError(
      peopleListRunWords.notAddedToList(failed.length, personIds.length, step.list.name, failed[0]?.reason ?? null),
    );
  }
}

/**
 * Search first, create only when nobody has the URL, and search again when the create fails: it may
 * have happened although its answer was lost (or the worker stopped right after it), and a retry of
 * this step must never make a second person.
 */
async function findOrCreate(client: StardexClient, linkedinUrl: string, step: CreateStep): Promise<StardexPerson> {
  const found = await matchPerson(client, linkedinUrl);
  if (found.status === 'several') throw new RefusalError(peopleListRunWords.severalFound());
  if (found.status === 'matched') {
    if (step.job && !candidacyOn(found.person.candidates, step.job.id)) {
      await client.updatePerson(found.person.id, { job_id: step.job.id });
    }
    return found.person;
  }
  try {
    return await client.createPerson({
      ...step.person,
      linkedin_url: linkedinUrl,
      ...(step.job ? { job_id: step.job.id } : {}),
    });
  } catch (error) {
    const after = await matchPerson(client, linkedinUrl).catch(() => null);
    if (after?.status === 'matched') return after.person;
    throw error;
  }
}
