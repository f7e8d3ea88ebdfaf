import { EMPTY_DRAFT, type Draft } from './drafts';
import { FIELDS, type MenuField } from '../fields';
import { MAX_NOTE_LENGTH } from '../notes';
import { CONTACT_FIELDS } from '../review/contact-fields';
import { selectionNotAddedWords, selectionNoteTooLongWords, selectionTooLongWords } from '../ui-words/review';

/** What a selection on a profile page can be added as: a field the right-click menu offers, or a note. */
export type SelectionTarget = MenuField | 'note';

export type SelectionResult = { ok: true; draft: Draft; value: string } | { ok: false; message: string };

/**
 * Selected page text as a person would type it: one line, no invisible characters, no stray space.
 * Zero-width (non-)joiners stay, as in lib/linkedin/clean-text.ts: they hold emoji and scripts together.
 */
function cleanSelection(text: string, keepLines: boolean): string {
  const withoutInvisible = text.replace(/[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '');
  if (keepLines)
    return withoutInvisible
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  return withoutInvisible.replace(/\s+/g, ' ').trim();
}

/**
 * Adds text the user selected on a profile to that profile's draft, after the same checks the
 * popup applies. A bad value leaves the draft unchanged and says why.
 */
export function addSelectionToDraft(
  draft: Draft | null,
  target: SelectionTarget,
  text: string,
  now: number,
): SelectionResult {
  const value = cleanSelection(text, target === 'note' || 'multiline' in FIELDS[target]);
  const label = selectionLabel(target);
  if (value === '') return { ok: false, message: `Nothing was added: the selection is empty.` };
  const base = draft ?? EMPTY_DRAFT;
  if (target === 'note') {
    const note = base.note ? `${base.note}\n\n${value}` : value;
    if (note.length > MAX_NOTE_LENGTH) {
      return { ok: false, message: selectionNoteTooLongWords(note.length, MAX_NOTE_LENGTH) };
    }
    return { ok: true, value, draft: { ...base, note, updatedAt: now } };
  }
  const contact = CONTACT_FIELDS.find((entry) => entry.field === target);
  const problem = contact?.problem(value);
  if (problem) return { ok: false, message: selectionNotAddedWords(label, problem) };
  // The field's one limit (lib/fields.ts): a value the save would refuse is not added either.
  if (value.length > FIELDS[target].maxLength) return { ok: false, message: selectionTooLongWords(label) };
  return {
    ok: true,
    value,
    draft: {
      ...base,
      values: { ...base.values, [target]: value },
      choices: contact ? base.choices : { ...base.choices, [target]: true },
      updatedAt: now,
    },
  };
}

/** The target as named inside a sentence: "work email", "job title", "note". */
export function selectionLabel(target: SelectionTarget): string {
  return target === 'note' ? 'note' : FIELDS[target].label.toLowerCase();
}
