import type { Browser } from 'wxt/browser';
import type { JobRef } from './placement-schema';
import { PROFILE_PAGE_PATTERNS } from '../menus/menu-definitions';
import { menuWords } from '../ui-words/menus';

/** Right-click › "Add to Stardex job ›" with the user's most recent jobs (issue 13). */
export const JOB_MENU_ID = 'add-to-job';
export const JOBS_IN_MENU = 3;
/** Shown without recent jobs: the review is where a first job is chosen. */
const CHOOSE_IN_REVIEW_ID = `${JOB_MENU_ID}:review`;

/** The entries as they should be for these recent jobs, newest first; each job's entry id names the job. */
export function jobMenuDefinitions(recent: readonly JobRef[]): Browser.contextMenus.CreateProperties[] {
  const child = (id: string, title: string): Browser.contextMenus.CreateProperties => ({
    id,
    parentId: JOB_MENU_ID,
    title,
    contexts: ['page'],
    documentUrlPatterns: PROFILE_PAGE_PATTERNS,
  });
  const jobs = recent.slice(0, JOBS_IN_MENU);
  return [
    { id: JOB_MENU_ID, title: menuWords.addToJob(), contexts: ['page'], documentUrlPatterns: PROFILE_PAGE_PATTERNS },
    ...jobs.map((job) => child(`${JOB_MENU_ID}:${job.id}`, job.name)),
    ...(jobs.length === 0 ? [child(CHOOSE_IN_REVIEW_ID, menuWords.chooseJobInReview())] : []),
  ];
}

export type JobMenuChoice = { kind: 'job'; jobId: string } | { kind: 'review' };

export function jobMenuChoiceOf(menuItemId: string | number): JobMenuChoice | null {
  if (menuItemId === CHOOSE_IN_REVIEW_ID) return { kind: 'review' };
  const prefix = `${JOB_MENU_ID}:`;
  if (typeof menuItemId !== 'string' || !menuItemId.startsWith(prefix)) return null;
  return { kind: 'job', jobId: menuItemId.slice(prefix.length) };
}
