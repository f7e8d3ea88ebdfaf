import { FailureError } from '../failure';
import type { QueuedAttempt, TabProfile } from '../messaging/protocol';
import type { JobRef } from './placement-schema';
import type { StardexClient } from '../stardex/client';
import { candidacyOn } from './stardex-placements';
import { certainMatch } from '../menus/quick-update.background';
import { savePerson } from '../persons/save-person.background';

export type QuickJobResult =
  | { kind: 'saved'; personName: string | null; job: JobRef }
  | { kind: 'queued'; attempt: QueuedAttempt }
  | { kind: 'already'; personName: string | null; job: JobRef; stageName: string | null }
  | { kind: 'needs-review'; reason: string }
  | { kind: 'not-a-profile'; reason: string | null };

/**
 * Right-click › "Add to Stardex job › <job>": like "Update in Stardex now", only for a certain match;
 * it puts the person on the job (at the stage Stardex starts them at) and changes nothing else. A
 * person already on the job is left as they are.
 */
export async function quickAddToJob(
  client: StardexClient,
  tabId: number,
  profile: TabProfile,
  job: JobRef,
): Promise<QuickJobResult> {
  const match = await certainMatch(client, profile);
  if (match.kind !== 'certain') return match;
  const { person, url } = match;
  const personName = person.name ?? null;
  const onJob = candidacyOn(person.candidates, job.id);
  if (onJob) return { kind: 'already', personName, job, stageName: onJob.current_pipeline_stage_name ?? null };
  const outcome = await savePerson({
    type: 'person/save',
    tabId,
    personId: person.id,
    personName,
    linkedinUrl: url,
    patch: {},
    note: null,
    placement: { job: { ...job, stage: null, onJob: false }, list: null },
  });
  if (outcome.status === 'partly-saved') throw new FailureError(outcome.notSaved.failure, 'job step refused');
  return outcome.status === 'saved' ? { kind: 'saved', personName, job } : { kind: 'queued', attempt: outcome.attempt };
}
