import { REVIEW_FIELDS, type ReviewField, type ReviewPatchKey } from '../fields';
import { buildPersonPatch, type PatchOptions, type ReviewedValues } from '../stardex/change-set';
import type { PersonPatch, StardexPerson } from '../stardex/schemas';

/** Fields worth sending before the user has touched anything: those that differ from the record. */
export function fieldsThatWouldChange(
  values: ReviewedValues,
  person: StardexPerson | null,
  options: PatchOptions,
): Set<ReviewField> {
  const patch = buildPersonPatch(values, person, options);
  return new Set(REVIEW_FIELDS.filter(({ patchKey }) => patchKey in patch).map(({ key }) => key));
}

/** The change set the user accepted: the differing fields they kept ticked, nothing else. */
export function acceptedPatch(
  values: ReviewedValues,
  person: StardexPerson | null,
  accepted: ReadonlySet<ReviewField>,
  options: PatchOptions,
): PersonPatch {
  const patch = buildPersonPatch(values, person, options);
  const rejectedKeys = REVIEW_FIELDS.filter(({ key }) => !accepted.has(key)).map(({ patchKey }) => patchKey);
  return Object.fromEntries(Object.entries(patch).filter(([key]) => !rejectedKeys.includes(key as ReviewPatchKey)));
}
