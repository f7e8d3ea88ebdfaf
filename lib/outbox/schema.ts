import { z } from 'zod';
import type { PersonPatch } from '../stardex/types';

/** Enough for any realistic backlog while keeping one storage read cheap. */
export const OUTBOX_CAPACITY = 500;

export type OutboxState = 'pending' | 'sending' | 'failed';

export interface OutboxError {
  message: string;
  detail?: string;
  retryable: boolean;
}

export interface OutboxEntry {
  id: string;
  personId: string;
  personName: string | null;
  /** The canonical profile URL the save was reviewed for. */
  linkedinUrl: string;
  patch: PersonPatch;
  /** A note to add after the PATCH (`POST /v1/person-activities`); absent when there is none. */
  note?: string;
  createdAt: number;
  updatedAt: number;
  /** Failed attempts since the entry was queued (or last retried by the user). */
  attempts: number;
  nextAttemptAt: number;
  state: OutboxState;
  /** When the current request started; set exactly while state is 'sending'. */
  sendingSince: number | null;
  lastError: OutboxError | null;
}

const timestamp = z.number().int().nonnegative();

const contactValuesSchema = z.array(z.object({ contact_data_type: z.string().nullish(), value: z.string() }));

/**
 * The documented PATCH keys with their types, unknown keys refused. Deliberately looser than the
 * input check in lib/messaging/person-patch.ts: patches were validated when queued, and tightening
 * that check later must not turn saves already waiting in storage into a damaged outbox.
 */
const storedPatchSchema = z.strictObject({
  linkedin_url: z.string().optional(),
  name: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  current_job_title: z.string().optional(),
  company_name: z.string().optional(),
  linkedin_location: z.string().optional(),
  linkedin_headline: z.string().optional(),
  address: z.string().optional(),
  work_email: z.string().optional(),
  personal_email: z.string().optional(),
  mobile_phone: z.string().optional(),
  work_phone: z.string().optional(),
  emails: contactValuesSchema.optional(),
  phone_numbers: contactValuesSchema.optional(),
  enrich_record: z.boolean().optional(),
}) satisfies z.ZodType<PersonPatch>;

export const outboxEntrySchema = z
  .object({
    id: z.string().min(1),
    personId: z.string().min(1),
    personName: z.string().nullable(),
    linkedinUrl: z.string().min(1),
    patch: storedPatchSchema,
    note: z.string().min(1).max(10_000).optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
    attempts: z.number().int().nonnegative(),
    nextAttemptAt: timestamp,
    state: z.enum(['pending', 'sending', 'failed']),
    sendingSince: timestamp.nullable(),
    lastError: z.object({ message: z.string(), detail: z.string().optional(), retryable: z.boolean() }).nullable(),
  })
  .refine(
    (entry) => (entry.state === 'sending') === (entry.sendingSince !== null),
    'sendingSince must be set exactly while the entry is sending',
  ) satisfies z.ZodType<OutboxEntry>;

export const outboxSchema = z.array(outboxEntrySchema).max(OUTBOX_CAPACITY);
