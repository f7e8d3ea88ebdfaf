import { describe, expect, it } from 'vitest';
import type { RowLookup } from '@/lib/people-lists/row-lookup';
import { checkedRows, selectAll, selectNone, toggled } from '@/lib/people-lists/row-selection';

const clear: RowLookup = { state: 'known', lookup: { status: 'not-in-stardex' }, offLimits: [] };
const client: RowLookup = {
  state: 'known',
  lookup: { status: 'in-stardex', personId: 'p1', name: 'Ann Fictive' },
  offLimits: [{ kind: 'client', company: 'Nettlebrook Pharma', status: 'Active' }],
};
const looking: RowLookup = { state: 'looking' };

describe('the list review’s selection', () => {
  it('"Select all" checks every row but the off-limits ones', () => {
    const lookups = [clear, client, clear];
    expect(checkedRows(selectAll(selectNone(3)), lookups)).toEqual([0, 2]);
  });

  it('a row found off-limits after "Select all" is no longer checked', () => {
    const selection = selectAll(selectNone(2));
    expect(checkedRows(selection, [clear, looking])).toEqual([0, 1]);
    expect(checkedRows(selection, [clear, client])).toEqual([0]);
  });

  it('an off-limits row ticked by hand stays checked, also through "Select all"; "Select none" clears it', () => {
    const lookups = [clear, client];
    const ticked = selectNone(2).map((value, at) => (at === 1 ? toggled(value, client) : value));
    expect(checkedRows(ticked, lookups)).toEqual([1]);
    expect(checkedRows(selectAll(ticked), lookups)).toEqual([0, 1]);
    expect(checkedRows(selectNone(2), lookups)).toEqual([]);
  });

  it('a click on a checked row unchecks it', () => {
    expect(toggled('all', clear)).toBe('none');
    expect(toggled('hand', client)).toBe('none');
    expect(toggled('none', clear)).toBe('hand');
    // Left out by "Select all" for being off-limits: the click ticks it.
    expect(toggled('all', client)).toBe('hand');
  });
});
