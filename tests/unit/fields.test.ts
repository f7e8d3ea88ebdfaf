import { describe, expect, it } from 'vitest';
import { compareSentFields } from '@/lib/outbox/confirm-update.background';
import { menuDefinitions, selectionMenuId, selectionTargetOf } from '@/lib/menus/menu-definitions';
import {
  ALL_FIELDS,
  CONTACT_FIELD_DEFINITIONS,
  CREATE_INPUT_FIELDS,
  FIELDS,
  MENU_FIELDS,
  REVIEW_FIELDS,
  type Field,
  type FieldFormat,
} from '@/lib/fields';
import { PROFILE_FIELDS, type ProfileFields } from '@/lib/linkedin/types';
import { personPatchSchema } from '@/lib/messaging/person-patch';
import { requestSchema, tabProfileSchema } from '@/lib/messaging/protocol';
import { outboxEntrySchema } from '@/lib/outbox/schema';
import { acceptedPatch } from '@/lib/review/accepted-patch';
import { CONTACT_FIELDS, contactPatch, contactProblems, EMPTY_CONTACTS } from '@/lib/review/contact-fields';
import { personToCreate, reviewedValuesFromProfile } from '@/lib/review/review-fields';
import { addSelectionToDraft, selectionLabel } from '@/lib/drafts/selection-draft';
import { buildPersonPatch, describeFieldDiffs, type ReviewedValues } from '@/lib/stardex/change-set';
import { createdPersonSchema, personSchema } from '@/lib/stardex/schemas';

/**
 * Every field of the registry reaches every place derived from it, so a field cannot be half-added:
 * these tests iterate the registry rather than name fields.
 */

const PERSON_ID = '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01';
const PROFILE_URL = 'https://www.linkedin.com/in/sample-person-1a2b3c/';

const VALID: Record<FieldFormat, string> = {
  text: 'Sample value',
  email: 'sample.person@example.com',
  phone: '+1 415 555 0100',
  'profile-url': PROFILE_URL,
};
const sample = (field: Field) => VALID[field.format];

const byKey = ALL_FIELDS.map((field) => [field.key, field] as const);
const reviewedByKey = REVIEW_FIELDS.map((field) => [field.key, field] as const);
const contactsByKey = CONTACT_FIELD_DEFINITIONS.map((field) => [field.key, field] as const);

function emptyReview(): ReviewedValues {
  return reviewedValuesFromProfile(Object.fromEntries(PROFILE_FIELDS.map((key) => [key, null])) as ProfileFields);
}

const save = (patch: Record<string, unknown>) => ({
  type: 'person/save',
  tabId: 3,
  personId: PERSON_ID,
  personName: 'Sample Person',
  linkedinUrl: PROFILE_URL,
  patch,
  note: null,
});

const storedEntry = (patch: Record<string, unknown>) => ({
  id: 'c5d3a4f0-2b1e-4c9d-8a7f-6e5d4c3b2a10',
  personId: PERSON_ID,
  personName: null,
  linkedinUrl: PROFILE_URL,
  patch,
  notes: [],
  createdAt: 1,
  updatedAt: 1,
  attempts: 0,
  nextAttemptAt: 1,
  state: 'pending',
  sendingSince: null,
  lastError: null,
});

describe('the field registry', () => {
  it('names every key once: field keys, PATCH keys and page keys are unique', () => {
    const unique = (keys: readonly string[]) => new Set(keys).size === keys.length;
    expect(unique(ALL_FIELDS.map((field) => field.patchKey))).toBe(true);
    expect(unique(PROFILE_FIELDS)).toBe(true);
    expect(ALL_FIELDS.map((field) => field.key)).toEqual(Object.keys(FIELDS));
  });

  it('places the right-click entries at positions 1..n, before "Note"', () => {
    expect(MENU_FIELDS.map((field) => field.menuPosition)).toEqual(MENU_FIELDS.map((_, index) => index + 1));
  });
});

describe.each(byKey)('field %s', (key, field) => {
  it('is a PATCH key the protocol accepts in its format and refuses beyond its length limit', () => {
    expect(personPatchSchema.safeParse({ [field.patchKey]: sample(field) }).success).toBe(true);
    expect(requestSchema.safeParse(save({ [field.patchKey]: sample(field) })).success).toBe(true);
    const tooLong =
      field.format === 'email' ? `${'a'.repeat(field.maxLength)}@example.com` : 'x'.repeat(field.maxLength + 1);
    expect(personPatchSchema.safeParse({ [field.patchKey]: tooLong }).success).toBe(false);
  });

  it('is kept by the stored outbox entry', () => {
    const parsed = outboxEntrySchema.safeParse(storedEntry({ [field.patchKey]: sample(field) }));
    expect(parsed.success && parsed.data.patch).toEqual({ [field.patchKey]: sample(field) });
  });

  it('is taken by a create as its registry says', () => {
    const create = (person: Record<string, unknown>) =>
      requestSchema.safeParse({ type: 'person/create', tabId: null, linkedinUrl: PROFILE_URL, person });
    const withName = { name: 'Sample Person' };
    const accepted = create({ ...withName, [field.patchKey]: sample(field) }).success;
    // The URL comes with the request, not with the person; every other field is taken.
    expect(accepted).toBe(key !== 'linkedinUrl');
  });

  it('is read back after an unreadable PATCH answer under the key Stardex shows it', () => {
    const readBack = compareSentFields({ [field.patchKey]: sample(field) }, { id: PERSON_ID });
    expect(readBack.unverifiable).toEqual([field.patchKey]);
    if (field.readKey === null) return;
    const shownValue = field.group === 'contact' ? [{ contact_data_type: null, value: sample(field) }] : sample(field);
    const person = personSchema.parse({ id: PERSON_ID, [field.readKey]: shownValue });
    expect(compareSentFields({ [field.patchKey]: sample(field) }, person).shown).toEqual([field.patchKey]);
  });
});

describe.each(MENU_FIELDS.map((field) => [field.key, field] as const))('right-click field %s', (key, field) => {
  it('is offered under its label and lands in the draft', () => {
    const id = selectionMenuId(key);
    const entry = menuDefinitions().find((menu) => menu.id === id);
    expect(entry).toMatchObject({ parentId: 'add-as', title: field.label, contexts: ['selection'] });
    expect(selectionTargetOf(id)).toBe(key);
    expect(selectionLabel(key)).toBe(field.label.toLowerCase());
    const result = addSelectionToDraft(null, key, sample(field), 1);
    expect(result.ok && result.draft.values[key]).toBe(sample(field));
  });
});

describe.each(reviewedByKey)('reviewed field %s', (key, field) => {
  it('comes from its page key (if any), through the protocol, into the review values', () => {
    const fields = Object.fromEntries(PROFILE_FIELDS.map((pageKey) => [pageKey, null])) as ProfileFields;
    if ('pageKey' in field) fields[field.pageKey] = sample(field);
    const answer = tabProfileSchema.parse({ kind: 'profile', fields, sources: {}, missing: [] });
    if (answer.kind !== 'profile') throw new Error('expected a profile');
    expect(reviewedValuesFromProfile(answer.fields)[key]).toBe('pageKey' in field ? sample(field) : '');
  });

  it('is a popup row with its label, and the change set sends it under its PATCH key', () => {
    const values = { ...emptyReview(), [key]: sample(field) };
    expect(describeFieldDiffs(values, null).find((diff) => diff.field === key)).toMatchObject({
      label: field.label,
      patchKey: field.patchKey,
      changed: true,
    });
    expect(buildPersonPatch(values, null)).toEqual({ [field.patchKey]: sample(field) });
    expect(acceptedPatch(values, null, new Set([key]), {})).toEqual({ [field.patchKey]: sample(field) });
    expect(acceptedPatch(values, null, new Set(), {})).toEqual({});
  });

  it("is compared with the record's value under its read key", () => {
    const person = personSchema.parse({ id: PERSON_ID, [field.readKey]: sample(field) });
    const values = { ...emptyReview(), [key]: sample(field) };
    expect(describeFieldDiffs(values, person).find((diff) => diff.field === key)).toMatchObject({
      current: sample(field),
      changed: false,
    });
    const created = createdPersonSchema.parse({ id: PERSON_ID, [field.patchKey]: sample(field) });
    expect(created[field.readKey]).toBe(sample(field));
  });
});

const createdFromReview = CREATE_INPUT_FIELDS.filter((field) => field.group === 'reviewed');
describe.each(createdFromReview.map((field) => [field.key, field] as const))('created field %s', (key, field) => {
  it('is sent by "Create in Stardex" under its PATCH key', () => {
    const values = { ...emptyReview(), name: 'Sample Person', [key]: sample(field) };
    expect(personToCreate(values, {}, false)).toMatchObject({ [field.patchKey]: sample(field) });
  });
});

describe.each(contactsByKey)('contact field %s', (key, field) => {
  const entry = CONTACT_FIELDS.find((contact) => contact.field === key);

  it('is a contact field of the popup, empty at first, sent under its PATCH key when valid', () => {
    expect(entry).toMatchObject({ field: key, label: field.label, patchKey: field.patchKey });
    expect(EMPTY_CONTACTS[key]).toBe('');
    const contacts = { ...EMPTY_CONTACTS, [key]: sample(field) };
    expect(contactProblems(contacts)).toEqual({});
    expect(contactPatch(contacts, null)).toEqual({ [field.patchKey]: sample(field) });
    expect(contactProblems({ ...EMPTY_CONTACTS, [key]: 'x'.repeat(field.maxLength + 1) })[key]).toBeTruthy();
  });
});

const contactsReadBack = CONTACT_FIELD_DEFINITIONS.filter((field) => field.readKey !== null);
describe.each(contactsReadBack.map((field) => [field.key, field] as const))('stored contact field %s', (key, field) => {
  it('is not sent again when the person has it', () => {
    const person = personSchema.parse({ id: PERSON_ID, [field.readKey!]: [{ value: sample(field) }] });
    expect(contactPatch({ ...EMPTY_CONTACTS, [key]: sample(field) }, person)).toEqual({});
  });
});
