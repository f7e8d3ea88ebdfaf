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
