import { z } from 'zod';
import type { PersonPatch } from '../stardex/types';

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * What a page may ask the background to send as `PATCH /v1/persons/{id}`: the documented
 * fields only (unknown keys are refused), no blanks, sane lengths. `emails` and `phone_numbers`
 * are refused: they replace every stored value, and the popup edits single contact fields only.
 */
export const personPatchSchema = z
  .object({
    linkedin_url: z.string().url().max(300),
    name: text(300),
    first_name: text(200),
    last_name: text(200),
    current_job_title: text(500),
    company_name: text(300),
    linkedin_location: text(300),
    linkedin_headline: text(500),
    address: text(500),
    work_email: z.string().email().max(254),
    personal_email: z.string().email().max(254),
    mobile_phone: text(40),
    work_phone: text(40),
    enrich_record: z.boolean(),
  })
  .partial()
  .strict() satisfies z.ZodType<PersonPatch>;
