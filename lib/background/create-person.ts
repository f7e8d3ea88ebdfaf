import type { CreateOutcome, RequestOf } from '../messaging/protocol';
import { enqueueWithPlacement } from '../outbox/placement-steps';
import type { StardexClient } from '../stardex/client';
import { describeStardexError } from '../stardex/errors';
import { forgetMatch } from './tab-badge';
import { assertTabStillShows } from './identity-guard';
import { matchPerson, profileIdentity } from './match-person';
import { deliverSoon } from './outbox-delivery';
import { transactOutbox } from './outbox-store';
import { profileShownInTab } from './read-tab-profile';
import { noteRecentJob } from './recent-jobs-store';

export class CreateFailedError extends Error {
  readonly detail: string | undefined;
  constructor(cause: unknown) {
    const { message, detail } = describeStardexError(cause);
    super(`Nothing was created: ${message}. Trying again searches Stardex first, so it cannot create a duplicate.`);
    this.name = 'CreateFailedError';
    this.detail = detail;
  }
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
  const { linkedin_headline: headline, ...fields } = request.person;
  const { job = null, list = null } = request.placement ?? {};
  let created;
  let answerLost = false;
  try {
    created = await client.createPerson({ ...fields, linkedin_url: canonical, ...(job ? { job_id: job.id } : {}) });
  } catch (error) {
    const after = await matchPerson(client, canonical).catch(() => null);
    if (after?.status !== 'matched') throw new CreateFailedError(error);
    // The create happened although its answer was lost: the headline must still follow.
    created = after.person;
    answerLost = true;
  }
  const save = {
    id: crypto.randomUUID(),
    personId: created.id,
    personName: created.name ?? null,
    linkedinUrl: canonical,
    patch: headline ? { linkedin_headline: headline } : {},
    notes: [],
  };
  // The create itself put the person on the job (also when its answer was lost: it was the same request).
  const placement = { job: job && { ...job, onJob: true }, list };
  const entryIds = await transactOutbox((entries) =>
    enqueueWithPlacement(entries, save, placement, Date.now(), () => crypto.randomUUID()),
  );
  if (job) await noteRecentJob(job);
  for (const id of entryIds) if (!(await deliverSoon(id)).delivered) break;
  forgetMatch(canonical);
  if (answerLost) {
    return {
      status: 'existing',
      person: created,
      message: 'Created in Stardex (the answer was lost, the search found it).',
    };
  }
  return { status: 'created', person: created, message: `Created ${created.name ?? 'the person'} in Stardex.` };
}
