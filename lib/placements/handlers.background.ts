import type { RequestOf, ResponseOf } from '../messaging/protocol';
import { recentFirst } from './recent-jobs';
import { readRecentJobs } from './recent-jobs-store.background';
import { getStardexClient } from '../settings/stardex-access.background';

/** Enough to pick from while typing; with no keywords, also enough for the recent jobs to be among them. */
const JOB_RESULTS = 25;
const LIST_RESULTS = 25;

const keywordsOf = (query: string) => query.split(/\s+/).filter((word) => word !== '');

/** Archived jobs are left out by Stardex (`is_archived: false`) and again here, should one slip through. */
export async function searchJobs(request: RequestOf<'jobs/search'>): Promise<ResponseOf<'jobs/search'>> {
  const client = await getStardexClient();
  const [jobs, recent] = await Promise.all([
    client.searchJobs({ keywords: keywordsOf(request.query), limit: JOB_RESULTS }),
    readRecentJobs(),
  ]);
  return recentFirst(
    jobs.filter((job) => job.is_archived !== true),
    recent,
  );
}

export async function getJob(request: RequestOf<'jobs/get'>): Promise<ResponseOf<'jobs/get'>> {
  return (await getStardexClient()).getJob(request.jobId);
}

export async function searchLists(request: RequestOf<'lists/search'>): Promise<ResponseOf<'lists/search'>> {
  return (await getStardexClient()).searchLists({ keywords: keywordsOf(request.query), limit: LIST_RESULTS });
}
