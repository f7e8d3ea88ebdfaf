import type { JobRef } from './placement-schema';
import { rememberJob } from './recent-jobs';
import { recentJobsItem } from '../storage/items';

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
