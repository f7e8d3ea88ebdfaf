import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { z } from 'zod';

export class StoredValueError extends Error {
  constructor(key: string, issues: string) {
    super(`The extension's stored "${key}" is damaged (${issues}). Reset it in Options.`);
    this.name = 'StoredValueError';
  }
}

export interface ValidatedItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

/**
 * A storage item whose value is checked on every read and write, so a damaged or
 * hand-edited value gives a clear error instead of flowing into requests.
 */
export function defineValidatedItem<S extends z.ZodType>(
  key: StorageItemKey,
  schema: S,
  fallback: z.infer<S>,
): ValidatedItem<z.infer<S>> {
  const item = storage.defineItem<unknown>(key);
  const parse = (raw: unknown): z.infer<S> => {
    if (raw === null || raw === undefined) return fallback;
    const result = schema.safeParse(raw);
    if (!result.success) throw new StoredValueError(key, result.error.issues.map((i) => i.message).join('; '));
    return result.data;
  };
  return {
    getValue: async () => parse(await item.getValue()),
    setValue: async (value) => {
      await item.setValue(schema.parse(value));
    },
    removeValue: () => item.removeValue(),
    watch: (callback) => item.watch((raw) => callback(parse(raw))),
  };
}
