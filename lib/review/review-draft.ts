import type { Draft } from '../drafts/drafts';
import type { ReviewedValues } from '../stardex/change-set';
import { EMPTY_CONTACTS, type ContactValues } from './contact-fields';
import type { ReviewField } from '../fields';

/** Everything the user can change in the review. */
export interface ReviewState {
  values: ReviewedValues;
  contacts: ContactValues;
  choices: Partial<Record<ReviewField, boolean>>;
  /** Saved as a general note on the person in Stardex. */
  note: string;
  enrich: boolean;
}

/** The page's values with the user's unsaved edits (if any) laid over them. */
export function stateFromDraft(pageValues: ReviewedValues, draft: Draft | null): ReviewState {
  const pick = <T extends object>(base: T): T =>
    Object.fromEntries(
      Object.entries(base).map(([key, value]) => [
        key,
        typeof draft?.values[key] === 'string' ? draft.values[key] : value,
      ]),
    ) as T;
  return {
    values: pick(pageValues),
    contacts: pick(EMPTY_CONTACTS),
    choices: (draft?.choices ?? {}) as ReviewState['choices'],
    note: draft?.note ?? '',
    enrich: draft?.enrich ?? false,
  };
}

/** Only what differs from the page is a draft; no edits at all means no draft (null). */
export function draftFromState(pageValues: ReviewedValues, state: ReviewState, now: number): Draft | null {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(state.values)) {
    if (value !== pageValues[key as keyof ReviewedValues]) values[key] = value;
  }
  for (const [key, value] of Object.entries(state.contacts)) if (value !== '') values[key] = value;
  const choices = state.choices as Record<string, boolean>;
  const untouched = Object.keys(values).length === 0 && Object.keys(choices).length === 0;
  if (untouched && state.note === '' && !state.enrich) return null;
  return { values, choices, note: state.note, enrich: state.enrich, updatedAt: now };
}

/**
 * Someone else changed the stored draft from `before` to `after` while the review was open (a
 * right-click "Add to Stardex as" writes it from the background): the review takes exactly what
 * changed and keeps its own other edits. A value taken away goes back to `baseline` (or empty, for a
 * contact).
 */
export function withDraftChange(
  state: ReviewState,
  baseline: ReviewedValues,
  before: Draft | null,
  after: Draft,
): ReviewState {
  const changed = <T>(read: (draft: Draft | null) => T) => JSON.stringify(read(before)) !== JSON.stringify(read(after));
  const values: Record<string, string> = { ...state.values };
  const contacts: Record<string, string> = { ...state.contacts };
  for (const key of new Set([...Object.keys(before?.values ?? {}), ...Object.keys(after.values)])) {
    if (!changed((draft) => draft?.values[key])) continue;
    if (key in values) values[key] = after.values[key] ?? baseline[key as keyof ReviewedValues];
    else if (key in contacts) contacts[key] = after.values[key] ?? '';
  }
  const choices: Record<string, boolean> = { ...state.choices };
  for (const key of new Set([...Object.keys(before?.choices ?? {}), ...Object.keys(after.choices)])) {
    if (!changed((draft) => draft?.choices[key])) continue;
    if (key in after.choices) choices[key] = after.choices[key]!;
    else delete choices[key];
  }
  return {
    values: values as ReviewedValues,
    contacts: contacts as ContactValues,
    choices: choices as ReviewState['choices'],
    note: changed((draft) => draft?.note ?? '') ? after.note : state.note,
    enrich: changed((draft) => draft?.enrich ?? false) ? after.enrich : state.enrich,
  };
}
