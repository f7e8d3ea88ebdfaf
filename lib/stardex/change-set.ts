import { REVIEW_FIELDS, type ReviewField, type ReviewFieldDefinition, type ReviewPatchKey } from '../fields';
import { relationToProfile } from './profile-match';
import type { PersonPatch, StardexPerson } from './schemas';

/** The values the user reviewed in the popup, one per reviewed field of lib/fields.ts; '' means "nothing to send". */
export type ReviewedValues = Record<ReviewField, string>;

export interface FieldDiff {
  field: ReviewField;
  label: string;
  patchKey: ReviewPatchKey;
  /** What Stardex shows; null when the record is absent or leaves the field empty. */
  current: string | null;
  /** The reviewed value, trimmed. */
  page: string;
  /** True when `page` is non-empty and Stardex shows something else (or nothing). */
  changed: boolean;
}

interface FieldMapping {
  field: ReviewField;
  label: string;
  patchKey: ReviewPatchKey;
  current(person: StardexPerson): string | null | undefined;
  /** Called only with a non-empty page value and a non-empty current value. */
  same(page: string, current: string, person: StardexPerson): boolean;
}

/** Whitespace runs and Unicode composition differences are not edits worth a PATCH. */
export function sameText(page: string, current: string): boolean {
  const normalize = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return normalize(page) === normalize(current);
}

/** How a reviewed field of lib/fields.ts is read from the record and compared with the page. */
function mapping({ key, label, patchKey, readKey, format }: ReviewFieldDefinition): FieldMapping {
  if (format === 'profile-url') {
    return {
      field: key,
      label,
      patchKey,
      current: (person) => person[readKey] ?? linkedinUrlFromPublicId(person.linkedin_public_id),
      // `…/in/Calla-X` and `https://www.linkedin.com/in/calla-x/` are the same profile: nothing to send.
      same: (page, _current, person) => relationToProfile(person, page) === 'same',
    };
  }
  return { field: key, label, patchKey, current: (person) => person[readKey], same: sameText };
}

const FIELD_MAPPINGS: readonly FieldMapping[] = REVIEW_FIELDS.map(mapping);

/** Only for showing the record's profile when Stardex returns the slug but not the URL. */
function linkedinUrlFromPublicId(publicId: string | null | undefined): string | null {
  return publicId?.trim() ? `https://www.linkedin.com/in/${encodeURIComponent(publicId.trim())}/` : null;
}

/** Every reviewed field next to what Stardex has, for the popup's diff table. */
export function describeFieldDiffs(reviewed: ReviewedValues, person: StardexPerson | null): FieldDiff[] {
  return FIELD_MAPPINGS.map((mapping) => {
    const page = reviewed[mapping.field].trim();
    const current = person ? mapping.current(person)?.trim() || null : null;
    const changed = page !== '' && (current === null || person === null || !mapping.same(page, current, person));
    return { field: mapping.field, label: mapping.label, patchKey: mapping.patchKey, current, page, changed };
  });
}

export interface PatchOptions {
  /** Only fill fields the record leaves empty; never overwrite what Stardex has. */
  onlyFillEmpty?: boolean;
  /** Ask Stardex to enrich from its paid data provider; opt-in because its effect is undocumented. */
  enrich?: boolean;
}

/**
 * The PATCH body for a review: changed, non-empty fields only. Blank values are never sent (that
 * could clear data in Stardex), and neither are `emails`/`phone_numbers`, which REPLACE all values.
 */
export function buildPersonPatch(
  reviewed: ReviewedValues,
  person: StardexPerson | null,
  options: PatchOptions = {},
): PersonPatch {
  const patch: PersonPatch = {};
  for (const diff of describeFieldDiffs(reviewed, person)) {
    if (!diff.changed) continue;
    if (options.onlyFillEmpty && diff.current !== null) continue;
    patch[diff.patchKey] = diff.page;
  }
  if (options.enrich) patch.enrich_record = true;
  return patch;
}
