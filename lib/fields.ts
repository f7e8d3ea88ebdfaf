/**
 * The one list of the person fields the extension reviews and sends to Stardex. Everything else is
 * derived from it: the zod schemas and their types (the PATCH and create bodies, the person as read,
 * the protocol, the outbox), the page values, the popup's rows and contact fields, the change set,
 * the read-back after an unreadable answer, and the right-click "Add to Stardex as" entries.
 * Adding a field to the review is a change here (tests/unit/fields.test.ts checks every derivation
 * covers every field). Plain data without imports, so the injected page extractor can use it cheaply.
 */

/**
 * How a value is checked, compared and read back: `text` and `phone` are trimmed and compared as
 * text, `email` must look like an address, `profile-url` names the reviewed LinkedIn profile.
 */
export type FieldFormat = 'text' | 'email' | 'phone' | 'profile-url';

interface FieldDefinition {
  /**
   * `reviewed`: read from the LinkedIn page and shown next to Stardex's value; `contact`: typed in
   * (or right-clicked) by the user and sent only when the person does not have it yet.
   */
  group: 'reviewed' | 'contact';
  /**
   * Reviewed fields read from the LinkedIn page: the key of that value (lib/linkedin/types.ts), which
   * the extractor must then read (lib/linkedin/extract-profile.ts). Without one the row starts empty.
   */
  pageKey?: string;
  /** The key in `PATCH /v1/persons/{id}` (and `POST /v1/persons`). */
  patchKey: string;
  /**
   * The key `GET /v1/persons/{id}` shows it under; for contacts the list (`emails`, `phones`) that
   * holds it; null when reads do not return it.
   */
  readKey: string | null;
  /** What the popup calls it; also the title of its right-click entry. */
  label: string;
  /** Its place under right-click "Add to Stardex as" (from 1, before "Note"); absent: not offered there. */
  menuPosition?: number;
  format: FieldFormat;
  /** Longest value accepted, in characters. */
  maxLength: number;
  /**
   * How `POST /v1/persons` takes it: in the body, required or optional; or as a PATCH right after the
   * create (create has no such key), so a create never refuses a value the review lets the user type.
   */
  create: 'required' | 'optional' | 'patch-after';
  /** A selection added as this field keeps its line breaks (an address's lines). */
  multiline?: true;
}

/** In the popup's order: reviewed rows top to bottom, then the contact fields. */
export const FIELDS = {
  name: {
    group: 'reviewed',
    pageKey: 'name',
    patchKey: 'name',
    readKey: 'name',
    label: 'Full name',
    format: 'text',
    maxLength: 300,
    create: 'required',
  },
  firstName: {
    group: 'reviewed',
    pageKey: 'firstName',
    patchKey: 'first_name',
    readKey: 'first_name',
    label: 'First name',
    format: 'text',
    maxLength: 200,
    create: 'optional',
  },
  lastName: {
    group: 'reviewed',
    pageKey: 'lastName',
    patchKey: 'last_name',
    readKey: 'last_name',
    label: 'Last name',
    format: 'text',
    maxLength: 200,
    create: 'optional',
  },
  headline: {
    group: 'reviewed',
    pageKey: 'headline',
    patchKey: 'linkedin_headline',
    readKey: 'linkedin_headline',
    label: 'Headline',
    menuPosition: 8,
    format: 'text',
    maxLength: 500,
    create: 'patch-after',
  },
  location: {
    group: 'reviewed',
    pageKey: 'location',
    patchKey: 'linkedin_location',
    readKey: 'linkedin_location',
    label: 'Location',
    format: 'text',
    maxLength: 300,
    create: 'optional',
  },
  /** The current job title. */
  title: {
    group: 'reviewed',
    pageKey: 'title',
    patchKey: 'current_job_title',
    readKey: 'current_job_title',
    label: 'Job title',
    menuPosition: 6,
    format: 'text',
    maxLength: 500,
    create: 'optional',
  },
  /** The current company; PATCH and create write `company_name`, reads call it `current_company_name`. */
  company: {
    group: 'reviewed',
    pageKey: 'company',
    patchKey: 'company_name',
    readKey: 'current_company_name',
    label: 'Company',
    menuPosition: 7,
    format: 'text',
    maxLength: 300,
    create: 'optional',
  },
  /** Canonical `https://www.linkedin.com/in/<slug>/` on the page; create takes it from the profile. */
  linkedinUrl: {
    group: 'reviewed',
    pageKey: 'url',
    patchKey: 'linkedin_url',
    readKey: 'linkedin_url',
    label: 'LinkedIn URL',
    format: 'profile-url',
    maxLength: 300,
    create: 'required',
  },
  workEmail: {
    group: 'contact',
    patchKey: 'work_email',
    readKey: 'emails',
    label: 'Work email',
    menuPosition: 1,
    format: 'email',
    maxLength: 254,
    create: 'optional',
  },
  personalEmail: {
    group: 'contact',
    patchKey: 'personal_email',
    readKey: 'emails',
    label: 'Personal email',
    menuPosition: 2,
    format: 'email',
    maxLength: 254,
    create: 'optional',
  },
  mobilePhone: {
    group: 'contact',
    patchKey: 'mobile_phone',
    readKey: 'phones',
    label: 'Mobile phone',
    menuPosition: 3,
    format: 'phone',
    maxLength: 40,
    create: 'optional',
  },
  workPhone: {
    group: 'contact',
    patchKey: 'work_phone',
    readKey: 'phones',
    label: 'Work phone',
    menuPosition: 4,
    format: 'phone',
    maxLength: 40,
    create: 'optional',
  },
  /** Documented for PATCH only, and not among the fields a read returns: a create sends it as a PATCH after. */
  address: {
    group: 'contact',
    patchKey: 'address',
    readKey: null,
    label: 'Address',
    menuPosition: 5,
    format: 'text',
    maxLength: 500,
    create: 'patch-after',
    multiline: true,
  },
} as const satisfies Record<string, FieldDefinition>;

/**
 * Stardex's contact lists: documented for PATCH (under the key here) and returned by reads (under
 * `readKey`). Never sent: a PATCH with a list replaces every stored value, and the popup has no list
 * editor, so the protocol refuses them; stored outbox entries and read-backs still know them.
 */
export const CONTACT_LISTS = {
  emails: { readKey: 'emails' },
  phone_numbers: { readKey: 'phones' },
} as const;

type Fields = typeof FIELDS;
type FieldKey = keyof Fields;
/** A field's definition with its key; for a union of keys, the union of their definitions. */
type FieldOf<K extends FieldKey> = { [P in K]: Fields[P] & { key: P } }[K];
export type Field = FieldOf<FieldKey>;

export type ReviewField = { [K in FieldKey]: Fields[K]['group'] extends 'reviewed' ? K : never }[FieldKey];
export type ContactField = Exclude<FieldKey, ReviewField>;
export type ReviewFieldDefinition = FieldOf<ReviewField>;
export type ContactFieldDefinition = FieldOf<ContactField>;

/** The key of a value read from the LinkedIn page. */
export type PageKey = Extract<ReviewFieldDefinition, { pageKey: string }>['pageKey'];
export type ReviewPatchKey = ReviewFieldDefinition['patchKey'];
export type ContactPatchKey = ContactFieldDefinition['patchKey'];
export type ContactListPatchKey = keyof typeof CONTACT_LISTS;
type PatchKeyWhere<Create extends FieldDefinition['create']> = {
  [K in FieldKey]: Fields[K]['create'] extends Create ? Fields[K]['patchKey'] : never;
}[FieldKey];
/** The keys `POST /v1/persons` takes; the `patch-after` ones follow as a PATCH. */
export type CreateRequiredPatchKey = PatchKeyWhere<'required'>;
export type CreateOptionalPatchKey = PatchKeyWhere<'optional'>;
export type CreatePatchAfterKey = PatchKeyWhere<'patch-after'>;
export type MenuField = { [K in FieldKey]: Fields[K] extends { menuPosition: number } ? K : never }[FieldKey];

/** Every field in the popup's order. */
export const ALL_FIELDS: readonly Field[] = (Object.keys(FIELDS) as FieldKey[]).map(
  (key) => ({ ...FIELDS[key], key }) as Field,
);

/** The popup's rows, top to bottom. */
export const REVIEW_FIELDS = ALL_FIELDS.filter((field): field is ReviewFieldDefinition => field.group === 'reviewed');
export const CONTACT_FIELD_DEFINITIONS = ALL_FIELDS.filter(
  (field): field is ContactFieldDefinition => field.group === 'contact',
);

/**
 * What the popup's "Create in Stardex" may send: every field create takes or patches after, except
 * the profile's URL, which the request carries.
 */
export const CREATE_INPUT_FIELDS = ALL_FIELDS.filter(
  (field): field is Exclude<Field, { key: 'linkedinUrl' }> => field.key !== 'linkedinUrl',
);

/** The fields offered under right-click "Add to Stardex as", in menu order. */
export const MENU_FIELDS = ALL_FIELDS.filter((field): field is FieldOf<MenuField> => 'menuPosition' in field).sort(
  (a, b) => a.menuPosition - b.menuPosition,
);

/** A value longer than its field's limit. */
export interface OverLimit {
  label: string;
  length: number;
  maxLength: number;
}

/**
 * The values of a PATCH or create body (keyed by patch key) longer than their field's limit, in the
 * registry's order: the one limit per field, checked by the review, before queueing and by the client.
 */
export function fieldsOverLimit(body: Readonly<Record<string, unknown>>): OverLimit[] {
  return ALL_FIELDS.flatMap(({ patchKey, label, maxLength }) => {
    const value = body[patchKey];
    return typeof value === 'string' && value.length > maxLength ? [{ label, length: value.length, maxLength }] : [];
  });
}

/** One entry per item, e.g. per field: how the schemas, shapes and empty values derived from this list are built. */
export function recordOf<T, K extends string, V>(
  items: readonly T[],
  keyOf: (item: T) => K,
  valueOf: (item: T) => V,
): Record<K, V> {
  return Object.fromEntries(items.map((item) => [keyOf(item), valueOf(item)])) as Record<K, V>;
}
