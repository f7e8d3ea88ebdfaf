import { z } from 'zod';
import { ALL_FIELDS, recordOf, type FieldFormat } from '../fields';
import type { PersonPatch } from '../stardex/schemas';

/** A value a page may send for a field of lib/fields.ts: in its format, not blank, within its length limit. */
export function fieldValueSchema({ format, maxLength }: { format: FieldFormat; maxLength: number }) {
  if (format === 'email') return z.string().email().max(maxLength);
  if (format === 'profile-url') return z.string().url().max(maxLength);
  return z.string().trim().min(1).max(maxLength);
}

/**
 * What a page may ask the background to send as `PATCH /v1/persons/{id}`: the fields of
 * lib/fields.ts only (unknown keys are refused), no blanks, sane lengths. `emails` and
 * `phone_numbers` are refused: they replace every stored value, and the popup edits single
 * contact fields only.
 */
export const personPatchSchema = z
  .object({
    ...recordOf(ALL_FIELDS, (field) => field.patchKey, fieldValueSchema),
    enrich_record: z.boolean(),
  })
  .partial()
  .strict() satisfies z.ZodType<PersonPatch>;
