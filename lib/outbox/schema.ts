import { z } from 'zod';
import { MAX_NOTE_LENGTH, MAX_NOTES_PER_SAVE } from '../notes';
import type { PersonPatch } from '../stardex/types';
import { placementEntryShape, type JobRef, type PlacementStep } from './placement-schema';

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
  /** The canonical profile URL the save was reviewed for; never changes once queued. */
  linkedinUrl: string;
  patch: PersonPatch;
  /** Notes to add after the PATCH, each its own `POST /v1/person-activities`, oldest first. */
  notes: string[];
  createdAt: number;
  updatedAt: number;
  /** Failed attempts since the entry was queued (or last retried by the user). */
  attempts: number;
  nextAttemptAt: number;
  state: OutboxState;
  /** When the current request started; set exactly while state is 'sending'. */
  sendingSince: number | null;
  lastError: OutboxError | null;
  /** Issue 13: see ./placement-schema.ts. */
  job?: JobRef;
  step?: PlacementStep;
  after?: string;
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

const storedEntrySchema = z
  .object({
    id: z.string().min(1),
    personId: z.string().min(1),
    personName: z.string().nullable(),
    linkedinUrl: z.string().min(1),
    patch: storedPatchSchema,
    notes: z.array(z.string().min(1).max(MAX_NOTE_LENGTH)).max(MAX_NOTES_PER_SAVE),
    createdAt: timestamp,
    updatedAt: timestamp,
    attempts: z.number().int().nonnegative(),
    nextAttemptAt: timestamp,
    state: z.enum(['pending', 'sending', 'failed']),
    sendingSince: timestamp.nullable(),
    lastError: z.object({ message: z.string(), detail: z.string().optional(), retryable: z.boolean() }).nullable(),
    ...placementEntryShape,
  })
  .refine(
    (entry) => (entry.state === 'sending') === (entry.sendingSince !== null),
    'sendingSince must be set exactly while the entry is sending',
  );

/** Entries queued before notes became a list carry one `note` string; read them as a list of one. */
function upgradeSingleNote(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || 'notes' in raw) return raw;
  const { note, ...rest } = raw as { note?: unknown };
  return { ...rest, notes: note === undefined ? [] : [note] };
}

export const outboxEntrySchema = z.preprocess(upgradeSingleNote, storedEntrySchema) satisfies z.ZodType<OutboxEntry>;
