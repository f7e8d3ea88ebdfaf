import { storageFullWords, storedValueDamagedWords } from '../ui-words/refusals';
import { RefusalError } from '../failure';
import { browser } from 'wxt/browser';
import { storage, type StorageArea, type StorageItemKey, type WxtStorageItem } from 'wxt/utils/storage';
import type { z } from 'zod';
import { registerStoredItem } from './registry';
import { versionOf, type Migrations } from './versions';

/** Where "Clear saved data" starts afresh; named in every message about damaged storage. */
export class StoredValueError extends RefusalError {
  constructor(name: string, issues: string) {
    super(storedValueDamagedWords(name, issues));
    this.name = 'StoredValueError';
  }
}

/** chrome.storage.local refused a write for lack of room: nothing of that write was kept. */
export class StorageFullError extends RefusalError {
  constructor(cause: unknown) {
    super(storageFullWords(), { cause, detail: cause instanceof Error ? cause.message : String(cause) });
    this.name = 'StorageFullError';
  }
}

export interface ValidatedItem<T> {
  getValue(): Promise<T>;
  /** The parts of the stored value a read replaced by their defaults because they were damaged (see `repair`). */
  getRepairs?(): Promise<string[]>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

const issuesOf = (error: z.ZodError) => error.issues.map((issue) => issue.message).join('; ');
const nameOf = (key: StorageItemKey) => key.slice(key.indexOf(':') + 1);
const areaOf = (key: StorageItemKey) => key.slice(0, key.indexOf(':')) as StorageArea;

/**
 * The WXT item behind a checked one, with its version and migrations. It is defined at its first
 * use in each context, not when this module loads: WXT reads the value to migrate it as soon as an
 * item is defined, and a page that never uses an item (the popup and the outbox or the API key)
 * must not read it, let alone migrate it while the background writes it.
 */
function versionedItem(
  key: StorageItemKey,
  migrations: Migrations,
): () => WxtStorageItem<unknown, Record<string, never>> {
  const version = versionOf(nameOf(key), migrations);
  let item: WxtStorageItem<unknown, Record<string, never>> | null = null;
  registerStoredItem({
    name: nameOf(key),
    area: areaOf(key),
    clearArea: () => storage.clear(areaOf(key)),
    // After "Clear saved data" the next use defines it again, so WXT records the version with the
    // first value written, as after a fresh install (a value stored without one counts as version 1).
    forget: () => (item = null),
  });
  return () => (item ??= storage.defineItem<unknown>(key, { version, migrations }));
}

async function guardedWrite(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    // Chromium words it "QUOTA_BYTES quota exceeded" (or "Resource::kQuotaBytes quota exceeded").
    if (error instanceof Error && /quota/i.test(error.message)) throw new StorageFullError(error);
    throw error;
  }
}

/** A stored single value as its schema reads it; nothing stored is the fallback, a damaged value an error. */
export function parseStoredValue<S extends z.ZodType>(name: string, schema: S, fallback: z.infer<S>, raw: unknown) {
  if (raw === null || raw === undefined) return fallback;
  const result = schema.safeParse(raw);
  if (!result.success) throw new StoredValueError(name, issuesOf(result.error));
  return result.data as z.infer<S>;
}

export interface SingleValueDefinition<S extends z.ZodType> {
  key: StorageItemKey;
  schema: S;
  /** What reading gives when nothing is stored. */
  fallback: z.infer<S>;
  /** Each takes the whole value as the previous version stored it. */
  migrations: Migrations;
  /**
   * For a value made of independent parts (settings): rebuilds a damaged value part by part, each
   * damaged part at its default, and names those parts. Without it a damaged value is refused.
   */
  repair?: (raw: unknown) => { value: z.infer<S>; reset: string[] };
}

/**
 * A single stored value checked on every read and write, so a damaged or hand-edited value gives a
 * clear error instead of flowing into requests. A single value (settings, the API key) cannot be
 * used in part, and guessing it could send the key elsewhere, so it is refused rather than replaced.
 * A migration that throws leaves the value as it was (WXT logs it), so it is then refused the same way.
 */
export function defineValidatedItem<S extends z.ZodType>({
  key,
  schema,
  fallback,
  migrations,
  repair,
}: SingleValueDefinition<S>): ValidatedItem<z.infer<S>> {
  const item = versionedItem(key, migrations);
  const repaired = (raw: unknown) => {
    if (raw === null || raw === undefined || !repair || schema.safeParse(raw).success) return null;
    return repair(raw);
  };
  const parse = (raw: unknown) => repaired(raw)?.value ?? parseStoredValue(nameOf(key), schema, fallback, raw);
  return {
    getValue: async () => parse(await item().getValue()),
    getRepairs: async () => repaired(await item().getValue())?.reset ?? [],
    setValue: (value) => guardedWrite(() => item().setValue(schema.parse(value))),
    removeValue: () => item().removeValue(),
    watch: (callback) => item().watch((raw) => callback(parse(raw))),
  };
}

/** A damaged entry taken out of a stored collection, kept under `setAside:<collection>`. */
interface SetAsideEntry {
  /** Its index (lists) or key (records) in the collection, or "(whole value)". */
  at: string;
  value: unknown;
  problem: string;
  setAsideAt: number;
}

const SET_ASIDE_PREFIX = 'setAside:';
/**
 * Damaged entries hold personal data (a save's values, a draft): they are kept long enough for the
 * user to notice and report them, not for ever, and never without bound (issue 22, PRIVACY.md).
 */
export const SET_ASIDE_KEPT_MS = 30 * 24 * 60 * 60_000;
export const SET_ASIDE_MAX_ENTRIES = 50;
/** A value longer than this (as JSON) is kept as its size only. */
export const SET_ASIDE_MAX_VALUE_CHARS = 20_000;

function boundedValue(value: unknown): unknown {
  const chars = JSON.stringify(value)?.length ?? 0;
  return chars > SET_ASIDE_MAX_VALUE_CHARS ? { tooLargeToKeep: `${chars} characters` } : value;
}

interface CollectionShape<T, C> {
  /** The stored value's entries, or null when it is not a collection of this shape at all. */
  entries(raw: unknown): [string, unknown][] | null;
  join(entries: [string, T][]): C;
  /** A problem of the entry's position (e.g. an overlong record key), checked before its value. */
  positionProblem?(at: string): string | null;
}

export interface CollectionDefinition<S extends z.ZodType> {
  key: StorageItemKey;
  entrySchema: S;
  /** Entries past this are set aside. */
  max: number;
  /** Each takes one entry as the previous version stored it. */
  migrations: Migrations;
}

/**
 * A collection migrates entry by entry: an entry whose migration throws stays as it was, so the
 * check after it sets that entry aside (with the schema's problem) and the others migrate and work.
 * A value that is no collection of this shape is left to be set aside whole.
 */
function entryByEntry(name: string, migrations: Migrations, shape: CollectionShape<unknown, unknown>): Migrations {
  return Object.fromEntries(
    Object.entries(migrations).map(([version, migrate]) => [
      version,
      (raw: unknown) => {
        const entries = shape.entries(raw);
        if (entries === null) return raw;
        return shape.join(
          entries.map(([at, entry]): [string, unknown] => {
            try {
              return [at, migrate(entry)];
            } catch (error) {
              console.error(`[stardex] stored "${name}" entry ${at} could not move to version ${version}`, error);
              return [at, entry];
            }
          }),
        );
      },
    ]),
  );
}

/**
 * A stored collection checked entry by entry: one damaged entry is set aside (kept under its own
 * key, counted by `countSetAside`) and the rest keep working. Entries past `max` are set aside too.
 */
function defineValidatedCollection<S extends z.ZodType, C>(
  { key, entrySchema, max, migrations }: CollectionDefinition<S>,
  shape: CollectionShape<z.infer<S>, C>,
): ValidatedItem<C> {
  const item = versionedItem(key, entryByEntry(nameOf(key), migrations, shape));
  const setAsideItem = storage.defineItem<SetAsideEntry[]>(`local:${SET_ASIDE_PREFIX}${nameOf(key)}`);
  let setAsideWrites: Promise<unknown> = Promise.resolve();

  const sort = (raw: unknown) => {
    const valid: [string, z.infer<S>][] = [];
    const damaged: Omit<SetAsideEntry, 'setAsideAt'>[] = [];
    if (raw === null || raw === undefined) return { valid, damaged };
    const entries = shape.entries(raw);
    if (entries === null) return { valid, damaged: [{ at: '(whole value)', value: raw, problem: 'wrong shape' }] };
    for (const [at, value] of entries) {
      const parsed = entrySchema.safeParse(value);
      const problem =
        shape.positionProblem?.(at) ??
        (!parsed.success ? issuesOf(parsed.error) : valid.length >= max ? `more than ${max} entries` : null);
      if (parsed.success && problem === null) valid.push([at, parsed.data]);
      else damaged.push({ at, value, problem: problem ?? 'invalid' });
    }
    return { valid, damaged };
  };

  /** Adds what is not kept yet; reading the same damaged value twice keeps it once. */
  const setAside = (damaged: Omit<SetAsideEntry, 'setAsideAt'>[]) => {
    const write = setAsideWrites.then(async () => {
      const now = Date.now();
      const kept = ((await setAsideItem.getValue()) ?? []).filter(
        (entry) => entry.setAsideAt <= now && now - entry.setAsideAt < SET_ASIDE_KEPT_MS,
      );
      const seen = new Set(kept.map((entry) => entry.at + JSON.stringify(entry.value)));
      const fresh = damaged
        .map((entry) => ({ ...entry, value: boundedValue(entry.value) }))
        .filter((entry) => !seen.has(entry.at + JSON.stringify(entry.value)));
      if (fresh.length > 0) {
        const all = [...kept, ...fresh.map((entry) => ({ ...entry, setAsideAt: now }))];
        await guardedWrite(() => setAsideItem.setValue(all.slice(-SET_ASIDE_MAX_ENTRIES)));
        // Where and why only: the values are personal data and stay out of logs.
        const where = fresh.map((entry) => `${entry.at}: ${entry.problem}`).join('; ');
        console.warn(`[stardex] ${fresh.length} damaged stored entries of "${nameOf(key)}" set aside (${where})`);
      }
    });
    setAsideWrites = write.catch(() => undefined);
    return write;
  };

  /** Damaged entries are kept aside before anything else is written over them. */
  const readValid = async () => {
    const { valid, damaged } = sort(await item().getValue());
    if (damaged.length > 0) await setAside(damaged);
    return valid;
  };

  return {
    getValue: async () => shape.join(await readValid()),
    setValue: async (value) => {
      await readValid();
      const entries = shape.entries(value) ?? [];
      const checked = entries.map(([at, entry]): [string, z.infer<S>] => [at, entrySchema.parse(entry)]);
      // A programmer's guard, never a person's sentence: writers refuse before the limit in their own words
      // (OutboxFullError), so reaching it here is a bug.
      if (checked.length > max) throw new Error(`"${nameOf(key)}" may hold at most ${max} entries.`);
      await guardedWrite(() => item().setValue(shape.join(checked)));
    },
    removeValue: () => item().removeValue(),
    watch: (callback) => item().watch((raw) => callback(shape.join(sort(raw).valid))),
  };
}

export function defineValidatedList<S extends z.ZodType>(
  definition: CollectionDefinition<S>,
): ValidatedItem<z.infer<S>[]> {
  return defineValidatedCollection(definition, {
    entries: (raw) => (Array.isArray(raw) ? raw.map((value, index) => [String(index), value]) : null),
    join: (entries) => entries.map(([, value]) => value),
  });
}

const isPlainObject = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

export function defineValidatedRecord<S extends z.ZodType>({
  maxKeyLength,
  ...definition
}: CollectionDefinition<S> & { maxKeyLength: number }): ValidatedItem<Record<string, z.infer<S>>> {
  return defineValidatedCollection(definition, {
    entries: (raw) => (isPlainObject(raw) ? Object.entries(raw) : null),
    join: (entries) => Object.fromEntries(entries),
    positionProblem: (at) => (at.length > maxKeyLength ? `key longer than ${maxKeyLength} characters` : null),
  });
}

/** How many damaged entries all stored collections have set aside; "Clear saved data" removes them. */
export async function countSetAside(): Promise<number> {
  const everything = await browser.storage.local.get(null);
  return Object.entries(everything)
    .filter(([key]) => key.startsWith(SET_ASIDE_PREFIX))
    .reduce((sum, [, value]) => sum + (Array.isArray(value) ? value.length : 1), 0);
}
