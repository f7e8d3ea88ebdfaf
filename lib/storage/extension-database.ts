import type { z } from 'zod';
import { registerStoredItem } from './registry';
import { parseStoredValue, type SingleValueDefinition, type ValidatedItem } from './validated-item';
import { versionOf } from './versions';
import { databaseCannotOpenWords, databaseRefusedWords } from '../ui-words/refusals';

const DATABASE = 'stardex';
const STORE = 'secrets';

/** Runs `run` in one transaction; resolves with what `run`'s getter reads once the transaction completed. */
function transaction<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onerror = () => reject(opening.error ?? new Error(databaseCannotOpenWords(DATABASE)));
    opening.onsuccess = () => {
      const database = opening.result;
      const pending = database.transaction(STORE, mode);
      const result = run(pending.objectStore(STORE));
      pending.oncomplete = () => {
        database.close();
        resolve(result());
      };
      pending.onerror = pending.onabort = () => {
        database.close();
        reject(pending.error ?? new Error(databaseRefusedWords(DATABASE)));
      };
    };
  });
}

/**
 * A single value in the IndexedDB of the origin whose code runs this, checked and versioned like a
 * stored item. In the background that is the extension's own origin: a content script runs in the web
 * page's origin and opens the page's databases, never this one. Not watchable: nothing watches a secret.
 * Its version is kept beside it as WXT keeps one (`<name>$` holding `{ v }`; none means version 1), and
 * the missing migrations run at the first read.
 */
export function defineDatabaseItem<S extends z.ZodType>({
  key: name,
  schema,
  fallback,
  migrations,
}: Omit<SingleValueDefinition<S>, 'key'> & { key: string }): Omit<ValidatedItem<z.infer<S>>, 'watch'> {
  const version = versionOf(name, migrations);
  const versionKey = `${name}$`;
  let migrated: Promise<void> | null = null;

  const migrate = async () => {
    const [raw, meta] = await transaction('readonly', (store) => {
      const value = store.get(name);
      const versionRecord = store.get(versionKey);
      return () => [value.result as unknown, versionRecord.result as { v?: number } | undefined] as const;
    });
    const storedVersion = meta?.v ?? 1;
    if (raw === undefined || storedVersion >= version) return;
    let value: unknown = raw;
    for (let next = storedVersion + 1; next <= version; next++) value = migrations[next]!(value);
    await transaction('readwrite', (store) => {
      store.put(value, name);
      store.put({ v: version }, versionKey);
      return () => undefined;
    });
  };
  // Once per context, like WXT's. A migration that throws fails every use of the item with its error:
  // the key is one value that cannot be used in part.
  const ready = () => (migrated ??= migrate());

  registerStoredItem({
    name,
    area: 'database',
    clearArea: () => transaction('readwrite', (store) => (store.clear(), () => undefined)),
    forget: () => (migrated = null),
  });

  return {
    getValue: async () => {
      await ready();
      return parseStoredValue(
        name,
        schema,
        fallback,
        await transaction('readonly', (store) => {
          const value = store.get(name);
          return () => value.result as unknown;
        }),
      );
    },
    setValue: async (value) => {
      const checked: unknown = schema.parse(value);
      await ready();
      await transaction('readwrite', (store) => {
        store.put(checked, name);
        store.put({ v: version }, versionKey);
        return () => undefined;
      });
    },
    removeValue: async () => {
      await transaction('readwrite', (store) => (store.delete(name), () => undefined));
    },
  };
}
