import { describe, expect, it } from 'vitest';
import { JOBS_IN_MENU, jobMenuChoiceOf, jobMenuDefinitions } from '@/lib/placements/job-menu';
import { RECENT_JOBS_KEPT, recentFirst, rememberJob } from '@/lib/placements/recent-jobs';

const job = (n: number) => ({ id: `7a1b2c3d-4e5f-4a6b-8c7d-00000000000${n}`, name: `Job ${n}` });

describe('recent jobs', () => {
  it('puts the job used last first, once, and keeps a bounded list', () => {
    const many = Array.from({ length: RECENT_JOBS_KEPT }, (_, index) => ({ id: `j${index}`, name: `J${index}` }));
    const after = rememberJob(many, { id: 'j5', name: 'J5 renamed' });
    expect(after[0]).toEqual({ id: 'j5', name: 'J5 renamed' });
    expect(after.filter((entry) => entry.id === 'j5')).toHaveLength(1);
    expect(rememberJob(many, { id: 'new', name: 'New' })).toHaveLength(RECENT_JOBS_KEPT);
  });

  it('orders search results with the recent ones first, in recency order', () => {
    const results = [job(1), job(2), job(3), job(4)];
    expect(recentFirst(results, [job(3), job(9), job(1)]).map((entry) => entry.name)).toEqual([
      'Job 3',
      'Job 1',
      'Job 2',
      'Job 4',
    ]);
  });
});

describe('"Add to Stardex job ›"', () => {
  it(`lists the ${JOBS_IN_MENU} most recent jobs under one entry, each entry naming its job`, () => {
    const menus = jobMenuDefinitions([job(1), job(2), job(3), job(4)]);
    expect(menus.map((menu) => [menu.id, menu.title, menu.parentId])).toEqual([
      ['add-to-job', 'Add to Stardex job', undefined],
      [`add-to-job:${job(1).id}`, 'Job 1', 'add-to-job'],
      [`add-to-job:${job(2).id}`, 'Job 2', 'add-to-job'],
      [`add-to-job:${job(3).id}`, 'Job 3', 'add-to-job'],
    ]);
    expect(jobMenuChoiceOf(String(menus[2]!.id))).toEqual({ kind: 'job', jobId: job(2).id });
  });

  it('without recent jobs offers to choose one in the review', () => {
    const menus = jobMenuDefinitions([]);
    expect(menus.map((menu) => menu.title)).toEqual(['Add to Stardex job', 'Choose a job in the review…']);
    expect(jobMenuChoiceOf(String(menus[1]!.id))).toEqual({ kind: 'review' });
    expect(jobMenuChoiceOf('quick-update')).toBeNull();
    expect(jobMenuChoiceOf('add-to-job')).toBeNull();
  });
});
