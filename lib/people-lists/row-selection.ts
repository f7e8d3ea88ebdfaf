import { offLimitsOf, type RowLookup } from './row-lookup';

/**
 * Which rows of the list review are checked. "Select all" never checks a person who is off-limits
 * in Stardex (issue 23), also one whose lookup answers only after the click; the user may still
 * tick such a row by hand, and then it stays checked.
 * - `none`: not checked;
 * - `all`: checked by "Select all", as long as the row is not known to be off-limits;
 * - `hand`: ticked by the user.
 */
export type RowSelection = 'none' | 'all' | 'hand';

function isChecked(selection: RowSelection, lookup: RowLookup): boolean {
  return selection === 'hand' || (selection === 'all' && offLimitsOf(lookup).length === 0);
}

/** A click on a row's checkbox: a checked row is unchecked, an unchecked one ticked by hand. */
export function toggled(selection: RowSelection, lookup: RowLookup): RowSelection {
  return isChecked(selection, lookup) ? 'none' : 'hand';
}

/** "Select all": every row, off-limits ones aside; a row ticked by hand stays ticked. */
export function selectAll(current: readonly RowSelection[]): RowSelection[] {
  return current.map((value) => (value === 'hand' ? 'hand' : 'all'));
}

export function selectNone(count: number): RowSelection[] {
  return Array.from({ length: count }, () => 'none' as const);
}

/** The checked rows' indexes, in the page's order. */
export function checkedRows(selection: readonly RowSelection[], lookups: readonly RowLookup[]): number[] {
  return selection.flatMap((value, at) => (isChecked(value, lookups[at] ?? { state: 'looking' }) ? [at] : []));
}
