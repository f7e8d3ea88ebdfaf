import { z } from 'zod';
import type { PersonPatch, StardexPerson } from '../stardex/types';

export interface ContactValues {
  workEmail: string;
  personalEmail: string;
  mobilePhone: string;
  workPhone: string;
  address: string;
}
export type ContactField = keyof ContactValues;

export const EMPTY_CONTACTS: ContactValues = {
  workEmail: '',
  personalEmail: '',
  mobilePhone: '',
  workPhone: '',
  address: '',
};

const emailSchema = z.string().email();
/** Digits with the usual separators and an optional leading +; 6 to 15 digits as in E.164. */
const PHONE_PATTERN = /^\+?[\d\s().\-/]+$/;

function phoneProblem(value: string): string | null {
  const digits = value.replace(/\D/g, '').length;
  if (!PHONE_PATTERN.test(value) || digits < 6 || digits > 15) {
    return 'Enter a phone number with 6 to 15 digits, e.g. +1 415 555 0100.';
  }
  return null;
}

const emailProblem = (value: string) =>
  emailSchema.safeParse(value).success ? null : 'Enter an email address like name@company.com.';

/**
 * The single-value contact fields Stardex documents for PATCH. They set one value of one type;
 * the `emails`/`phone_numbers` lists are never used because they replace every stored value.
 */
export const CONTACT_FIELDS: readonly {
  field: ContactField;
  label: string;
  patchKey: 'work_email' | 'personal_email' | 'mobile_phone' | 'work_phone' | 'address';
  problem(value: string): string | null;
  stored(person: StardexPerson): string[];
}[] = [
  {
    field: 'workEmail',
    label: 'Work email',
    patchKey: 'work_email',
    problem: emailProblem,
    stored: (person) => (person.emails ?? []).map((e) => e.value),
  },
  {
    field: 'personalEmail',
    label: 'Personal email',
    patchKey: 'personal_email',
    problem: emailProblem,
    stored: (person) => (person.emails ?? []).map((e) => e.value),
  },
  {
    field: 'mobilePhone',
    label: 'Mobile phone',
    patchKey: 'mobile_phone',
    problem: phoneProblem,
    stored: (person) => (person.phones ?? []).map((p) => p.value),
  },
  {
    field: 'workPhone',
    label: 'Work phone',
    patchKey: 'work_phone',
    problem: phoneProblem,
    stored: (person) => (person.phones ?? []).map((p) => p.value),
  },
  {
    field: 'address',
    label: 'Address',
    patchKey: 'address',
    problem: (value) => (value.length > 500 ? 'Keep the address under 500 characters.' : null),
    stored: () => [],
  },
];

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
