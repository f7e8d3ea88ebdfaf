import { jobRefSchema, type JobRef } from './placement-schema';

/**
 * "The user's recent jobs": the jobs this user last put someone on from the extension, newest first.
 * Stardex documents no "recent" for jobs, and the user's own use is what they expect to see first.
 */
export const RECENT_JOBS_KEPT = 10;
export const recentJobSchema = jobRefSchema;

/** `job` moves to the front; the list keeps RECENT_JOBS_KEPT, without duplicates. */
export function rememberJob(recent: readonly JobRef[], job: JobRef): JobRef[] {
  return [{ id: job.id, name: job.name }, ...recent.filter((known) => known.id !== job.id)].slice(0, RECENT_JOBS_KEPT);
}

/** Search results with the recent jobs among them first (in recency order), the rest as Stardex sorted them. */
export function recentFirst<T extends { id: string }>(results: readonly T[], recent: readonly JobRef[]): T[] {
  const rank = new Map(recent.map((job, index) => [job.id, index]));
  const known = results.filter((job) => rank.has(job.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...known, ...results.filter((job) => !rank.has(job.id))];
}
