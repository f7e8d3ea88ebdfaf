import { z } from 'zod';
import {
  CONTACT_FIELD_DEFINITIONS,
  recordOf,
  type ContactField,
  type ContactFieldDefinition,
  type ContactPatchKey,
} from '../fields';
import type { PersonPatch, StardexPerson } from '../stardex/schemas';
import { emailProblemWords, phoneProblemWords } from '../ui-words/review';

export type ContactValues = Record<ContactField, string>;

export const EMPTY_CONTACTS: ContactValues = recordOf(
  CONTACT_FIELD_DEFINITIONS,
  (field) => field.key,
  () => '',
);

const emailSchema = z.string().email();
/** Digits with the usual separators and an optional leading +; 6 to 15 digits as in E.164. */
const PHONE_PATTERN = /^\+?[\d\s().\-/]+$/;

function phoneProblem(value: string): string | null {
  const digits = value.replace(/\D/g, '').length;
  if (!PHONE_PATTERN.test(value) || digits < 6 || digits > 15) {
    return phoneProblemWords();
  }
  return null;
}

const emailProblem = (value: string) => (emailSchema.safeParse(value).success ? null : emailProblemWords());

const FORMAT_PROBLEMS: Record<ContactFieldDefinition['format'], (value: string) => string | null> = {
  email: emailProblem,
  phone: phoneProblem,
  text: () => null,
};

interface ContactFieldEntry {
  field: ContactField;
  label: string;
  patchKey: ContactPatchKey;
  problem(value: string): string | null;
  stored(person: StardexPerson): string[];
}

/** The values the person already has where a read shows this field (`emails`, `phones`), none when it does not. */
function storedValues(readKey: ContactFieldDefinition['readKey']): ContactFieldEntry['stored'] {
  return (person) => (readKey === null ? [] : (person[readKey] ?? []).map((contact) => contact.value));
}

function entry({ key, label, patchKey, readKey, format, maxLength }: ContactFieldDefinition): ContactFieldEntry {
  return {
    field: key,
    label,
    patchKey,
    problem: (value) =>
      FORMAT_PROBLEMS[format](value) ??
      (value.length > maxLength ? `Keep the ${label.toLowerCase()} under ${maxLength} characters.` : null),
    stored: storedValues(readKey),
  };
}

/**
 * The single-value contact fields of lib/fields.ts. They set one value of one type; the
 * `emails`/`phone_numbers` lists are never used because they replace every stored value.
 */
export const CONTACT_FIELDS: readonly ContactFieldEntry[] = CONTACT_FIELD_DEFINITIONS.map(entry);

/** A message per field the user filled in wrongly; empty fields are fine (nothing is sent). */
export function contactProblems(values: ContactValues): Partial<Record<ContactField, string>> {
  const problems: Partial<Record<ContactField, string>> = {};
  for (const { field, problem } of CONTACT_FIELDS) {
    const value = values[field].trim();
    const found = value === '' ? null : problem(value);
    if (found) problems[field] = found;
  }
  return problems;
}

const comparable = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s().\-/]/g, '');

/** `Calla@Example.com` and `calla@example.com`, `+1 (415) 555-0100` and `+14155550100` are one value. */
export function sameContact(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

/** The contact fields worth sending: filled in, valid, and not already stored on the person. */
export function contactPatch(values: ContactValues, person: StardexPerson | null): PersonPatch {
  const problems = contactProblems(values);
  const patch: PersonPatch = {};
  for (const { field, patchKey, stored } of CONTACT_FIELDS) {
    const value = values[field].trim();
    if (value === '' || problems[field]) continue;
    if (person && stored(person).some((known) => sameContact(known, value))) continue;
    patch[patchKey] = value;
  }
  return patch;
}
