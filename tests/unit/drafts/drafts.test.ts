import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, withDraft, type Draft } from '@/lib/drafts/drafts';

const draft = (updatedAt: number): Draft => ({ ...EMPTY_DRAFT, values: { title: 'CTO' }, updatedAt });

describe('withDraft', () => {
  it('adds, replaces and removes a profile draft without touching the others', () => {
    const one = withDraft({}, 'a', draft(1));
    const two = withDraft(one, 'b', draft(2));
    expect(Object.keys(two).sort()).toEqual(['a', 'b']);
    expect(withDraft(two, 'a', null)).toEqual({ b: draft(2) });
    expect(one).toEqual({ a: draft(1) });
  });

  it('keeps only the newest 200 drafts', () => {
    let all: Record<string, Draft> = {};
    for (let i = 0; i < 205; i++) all = withDraft(all, `p${i}`, draft(i));
    expect(Object.keys(all)).toHaveLength(200);
    expect(all.p0).toBeUndefined();
    expect(all.p204).toBeDefined();
  });
});
