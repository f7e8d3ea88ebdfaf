import { z } from 'zod';
import { STARDEX_ERROR_KINDS } from './stardex/errors';

/**
 * What went wrong, as data: the background and the outbox store and send this record, and the
 * words a person reads are made from it in one place, lib/ui-words/ (with @wxt-dev/i18n).
 * `detail` is the raw material behind the "Details" disclosure: status line, start of the body, stack.
 */
const detail = z.string().optional();

/** Stardex (or the way to it) answered with a failure, or did not answer. */
const stardexFailureSchema = z.object({
  kind: z.enum(STARDEX_ERROR_KINDS),
  /** HTTP status, or null when no answer arrived (or nothing was sent). */
  status: z.number().int().nullable(),
  /** Stardex's error code, or one of the client's own (CLIENT_ERROR_CODES). */
  code: z.string().nullable(),
  /** Stardex's own words about it, when its answer had any. */
  stardexSaid: z.string().nullable(),
  /** How long Stardex asked to wait before the next request (Retry-After, rate-limit body). */
  retryAfterSeconds: z.number().nonnegative().nullable(),
  /** The fields concerned: those a read-back after an unreadable answer did not show as sent. */
  fields: z.array(z.string()),
  detail,
});
export type StardexFailure = z.infer<typeof stardexFailureSchema>;

/** Something that is not a Stardex answer failed: a bug, a browser API, storage. */
const unexpectedFailureSchema = z.object({ kind: z.literal('unexpected'), message: z.string().nullable(), detail });

export const failureSchema = z.discriminatedUnion('kind', [
  stardexFailureSchema,
  unexpectedFailureSchema,
  /** No key may be sent to the configured address: none is saved, or it was typed for another origin. */
  z.object({
    kind: z.literal('missing-api-key'),
    /** The origin a saved key was typed for, when one is saved but not for the base URL's origin. */
    keyTypedFor: z.string().nullable(),
    baseUrlOrigin: z.string(),
    detail,
  }),
  /** A create failed and the search after it did not find the person: nothing was created. */
  z.object({ kind: z.literal('not-created'), cause: z.union([stardexFailureSchema, unexpectedFailureSchema]), detail }),
  /** The user discarded the save while it waited for its attempt. */
  z.object({ kind: z.literal('save-discarded'), detail }),
  /** The popup or Options sent a request the background does not accept. */
  z.object({ kind: z.literal('malformed-request'), detail }),
  /** The background's answer was not an answer, or not the one asked for. */
  z.object({ kind: z.enum(['unreadable-answer', 'unexpected-answer']), detail }),
  /**
   * A check of the extension's own refused the action, in that check's words (the tab moved on, the
   * outbox is full, a setting is invalid, ...).
   */
  z.object({ kind: z.literal('refused'), message: z.string(), detail }),
  /** A failure an earlier version stored as a sentence (lib/outbox/migrations.ts). */
  z.object({ kind: z.literal('stored-words'), message: z.string(), detail }),
  /** The browser cannot close the key's storage to web pages, so the key was not stored. */
  z.object({ kind: z.literal('unprotected-storage'), detail }),
  /** The address given as the profile is not a LinkedIn profile's, so nothing was looked up. */
  z.object({ kind: z.literal('not-a-profile-url'), url: z.string(), detail }),
]);
export type Failure = z.infer<typeof failureSchema>;

/**
 * An error that carries its failure record. Every error of the extension's own extends it, so toFailure
 * (lib/to-failure.background.ts) checks this one class and a new refusal needs no change there.
 */
export class FailureError extends Error {
  readonly failure: Failure;
  constructor(failure: Failure, logMessage: string, options?: { cause?: unknown }) {
    super(logMessage, options);
    this.name = 'FailureError';
    this.failure = failure;
  }
}

/** A check of the extension's own refused the action; its message says what happened and what to do. */
export class RefusalError extends FailureError {
  constructor(message: string, options?: { cause?: unknown; detail?: string }) {
    super({ kind: 'refused', message, detail: options?.detail }, message, options);
    this.name = 'RefusalError';
  }
}
