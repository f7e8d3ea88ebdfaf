/**
 * The outbox's stored shapes, version to version (its item: `outboxDefinition` in lib/storage/items.ts).
 * Each step takes one entry as the earlier version stored it and returns it in the next shape; an
 * entry a step cannot move is left to the schema, which sets it aside.
 */

/** Version 1 → 2: one note became a list of notes, and the last error a record (lib/failure.ts). */
export function outboxEntryToV2(raw: unknown): unknown {
  return migrateStoredFailure(upgradeSingleNote(raw));
}

/** Entries queued before notes became a list carry one `note` string; read them as a list of one. */
function upgradeSingleNote(raw: unknown): unknown {
  if (!isRecord(raw) || 'notes' in raw) return raw;
  const { note, ...rest } = raw;
  return { ...rest, notes: note === undefined ? [] : [note] };
}

/**
 * Outbox entries stored before failures were data (lib/failure.ts) carry their last error as an
 * English sentence: `{ message, detail?, retryable }`. This turns such an entry into the current
 * shape, a `stored-words` failure record keeping the sentence and the detail, so the popup still
 * shows what happened. Pure; anything else (a current entry, a damaged value) is returned as it is
 * and left to the schema to judge.
 */
export function migrateStoredFailure(raw: unknown): unknown {
  if (!isRecord(raw) || !isRecord(raw.lastError) || 'kind' in raw.lastError) return raw;
  const { message, detail, retryable } = raw.lastError;
  const oldShape =
    typeof message === 'string' &&
    typeof retryable === 'boolean' &&
    (detail === undefined || typeof detail === 'string');
  if (!oldShape) return raw;
  const words = { kind: 'stored-words', message: withoutRetrySchedule(message) };
  return { ...raw, lastError: typeof detail === 'string' ? { ...words, detail } : words };
}

/**
 * The old sentences ended with the retry schedule as it was when they were written (": retrying",
 * ": retrying in 40 s"); the schedule is now worded from the entry's own next attempt, so that
 * stale ending is dropped. `retryable` is dropped too: the entry's state already says it.
 */
function withoutRetrySchedule(message: string): string {
  return message.replace(/: retrying(?: in (?:\d+ (?:s|min)|a moment))?$/, '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
