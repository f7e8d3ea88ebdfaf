import type { JobRef } from '../outbox/placement-schema';
import { RECENT_JOBS_KEPT, recentJobSchema, rememberJob } from '../placements/recent-jobs';
import { defineValidatedList } from '../storage/validated-item';

const recentJobsItem = defineValidatedList('local:recentJobs', recentJobSchema, { max: RECENT_JOBS_KEPT });

export function readRecentJobs(): Promise<JobRef[]> {
  return recentJobsItem.getValue();
}

/** Only the background writes it, one save at a time per user action; a lost race only reorders recency. */
export async function noteRecentJob(job: JobRef): Promise<void> {
  await recentJobsItem.setValue(rememberJob(await recentJobsItem.getValue(), job));
}

export function watchRecentJobs(callback: (jobs: JobRef[]) => void): () => void {
  return recentJobsItem.watch(callback);
}
