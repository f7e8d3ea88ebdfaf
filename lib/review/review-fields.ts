import { CREATE_INPUT_FIELDS, FIELDS, recordOf, REVIEW_FIELDS, type ReviewField } from '../fields';
import type { ProfileFields } from '../linkedin/types';
import type { PersonCreateInput } from '../messaging/protocol';
import type { ReviewedValues } from '../stardex/change-set';
import type { PersonPatch } from '../stardex/schemas';

/** What the page read, as the review's values: each reviewed field from its page key, '' when not found. */
export function reviewedValuesFromProfile(fields: ProfileFields): ReviewedValues {
  return recordOf(
    REVIEW_FIELDS,
    (field) => field.key,
    (field) => ('pageKey' in field ? (fields[field.pageKey] ?? '') : ''),
  );
}

/** The page was read for this field and did not show it (`missing` as the extractor reports it). */
export function notFoundOnPage(field: ReviewField, missing: readonly string[]): boolean {
  const definition = FIELDS[field];
  return 'pageKey' in definition && missing.includes(definition.pageKey);
}

/**
 * What "Create in Stardex" asks for: the reviewed values create takes, trimmed (blank optional ones
 * left out, a blank name is refused by the protocol), the contacts worth sending, the enrich choice.
 */
export function personToCreate(values: ReviewedValues, contacts: PersonPatch, enrich: boolean): PersonCreateInput {
  const reviewed: Record<string, string | undefined> = {};
  for (const field of CREATE_INPUT_FIELDS) {
    if (field.group !== 'reviewed') continue;
    const value = values[field.key].trim();
    reviewed[field.patchKey] = value === '' && field.create !== 'required' ? undefined : value;
  }
  return { ...reviewed, ...contacts, enrich_record: enrich || undefined } as PersonCreateInput;
}
