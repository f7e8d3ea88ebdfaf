import { z } from 'zod';
import { failureSchema, type Failure } from '../failure';
import { MAX_NOTE_LENGTH, MAX_NOTES_PER_SAVE } from '../notes';
import { personPatchBodySchema } from '../stardex/schemas';
import type { PersonPatch } from '../stardex/schemas';
import { placementEntryShape, type JobRef, type PlacementStep } from '../placements/placement-schema';
import { conversationEntryShape } from '../conversations/conversation-entry';
import type { MessageActivity } from '../conversations/message-activity';
import { pagePersonSchema, type PagePerson } from '../persons/page-person';

/** Enough for any realistic backlog while keeping one storage read cheap. */
export const OUTBOX_CAPACITY = 500;

type OutboxState = 'pending' | 'sending' | 'failed';

export interface OutboxEntry {
  id: string;
  personId: string;
  personName: string | null;
  /**
   * The canonical profile URL the save was reviewed for; never changes once queued. Null for a save
   * reviewed on a page naming its person by its own id (`pagePerson`), which shows no public URL.
   */
  linkedinUrl: string | null;
  /** The lead or candidate the save was reviewed for, when the page showed no public URL. */
  pagePerson?: PagePerson;
  patch: PersonPatch;
  /** Notes to add after the PATCH, each its own `POST /v1/person-activities`, oldest first. */
  notes: string[];
  /**
   * The first note's POST went out on an earlier attempt and its answer may never have come back (a
   * timeout, a dropped connection, the worker stopped): Stardex may hold it already (issue 22 item 10).
   */
  firstNoteSent?: true;
  createdAt: number;
  updatedAt: number;
  /** Failed attempts since the entry was queued (or last retried by the user). */
  attempts: number;
  nextAttemptAt: number;
  state: OutboxState;
  /** When the current request started; set exactly while state is 'sending'. */
  sendingSince: number | null;
  /** What went wrong on the last attempt, as data (lib/failure.ts); worded by lib/ui-words/. */
  lastError: Failure | null;
  /**
   * The origin of the Stardex API base URL the save was queued for (issue 22): it is sent there and
   * nowhere else. Saves queued before it was recorded have none and go to the configured Stardex.
   */
  origin?: string;
  /** The job, stage or list step of a save: see ./placement-schema.ts. */
  job?: JobRef;
  step?: PlacementStep;
  after?: string;
  /** A logged conversation (issue 24): see ../conversations/conversation-entry.ts. */
  activities?: MessageActivity[];
  run?: string;
}

const timestamp = z.number().int().nonnegative();

/**
 * The documented PATCH body (lib/stardex/schemas.ts), unknown keys refused. Deliberately looser than the
 * input check in lib/messaging/person-patch.ts: patches were validated when queued, and tightening
 * that check later must not turn saves already waiting in storage into a damaged outbox.
 */
const storedPatchSchema = personPatchBodySchema;

const storedEntrySchema = z
  .object({
    id: z.string().min(1),
    personId: z.string().min(1),
    personName: z.string().nullable(),
    linkedinUrl: z.string().min(1).nullable(),
    pagePerson: pagePersonSchema.optional(),
    patch: storedPatchSchema,
    notes: z.array(z.string().min(1).max(MAX_NOTE_LENGTH)).max(MAX_NOTES_PER_SAVE),
    firstNoteSent: z.literal(true).optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
    attempts: z.number().int().nonnegative(),
    nextAttemptAt: timestamp,
    state: z.enum(['pending', 'sending', 'failed']),
    sendingSince: timestamp.nullable(),
    lastError: failureSchema.nullable(),
    origin: z.string().url().optional(),
    ...placementEntryShape,
    ...conversationEntryShape,
  })
  .refine(
    (entry) => (entry.state === 'sending') === (entry.sendingSince !== null),
    'sendingSince must be set exactly while the entry is sending',
  )
  .refine(
    (entry) => (entry.linkedinUrl === null) === (entry.pagePerson !== undefined),
    'a save is reviewed for either a profile URL or a page person, never both or neither',
  );

export const outboxEntrySchema = storedEntrySchema satisfies z.ZodType<OutboxEntry>;
