import type { z } from 'zod';
import { parseStoredValue, type ValidatedItem } from './validated-item';

const DATABASE = 'stardex';
const STORE = 'secrets';

function request<T>(run: (store: IDBObjectStore) => IDBRequest<T>, mode: IDBTransactionMode): Promise<T> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onerror = () => reject(opening.error ?? new Error(`The extension's database "${DATABASE}" cannot open.`));
    opening.onsuccess = () => {
      const database = opening.result;
      const transaction = database.transaction(STORE, mode);
      const pending = run(transaction.objectStore(STORE));
      transaction.oncomplete = () => {
        database.close();
        resolve(pending.result);
      };
      transaction.onerror = transaction.onabort = () => {
        database.close();
        reject(transaction.error ?? pending.error ?? new Error(`The extension's database "${DATABASE}" refused it.`));
      };
    };
  });
}

/**
 * A single value in the IndexedDB of the origin whose code runs this, checked like a stored item.
 * In the background that is the extension's own origin: a content script runs in the web page's origin
 * and opens the page's databases, never this one. Not watchable: nothing watches a secret.
 */
export function defineDatabaseItem<S extends z.ZodType>(
  name: string,
  schema: S,
  fallback: z.infer<S>,
): Omit<ValidatedItem<z.infer<S>>, 'watch'> {
  return {
    getValue: async () =>
      parseStoredValue(name, schema, fallback, await request((store) => store.get(name), 'readonly')),
    setValue: async (value) => {
      const checked: unknown = schema.parse(value);
      await request((store) => store.put(checked, name), 'readwrite');
    },
    removeValue: async () => void (await request((store) => store.delete(name), 'readwrite')),
  };
}

/** Options' "Clear saved data" removes this database's values with everything else. */
export async function clearExtensionDatabase(): Promise<void> {
  await request((store) => store.clear(), 'readwrite');
}
