import type { StorageArea } from 'wxt/utils/storage';

/** Where a stored item lives: a `browser.storage` area, or the extension's IndexedDB (Firefox's API key). */
type ItemArea = StorageArea | 'database';

export interface RegisteredItem {
  name: string;
  area: ItemArea;
  /** Empties the whole area: values, their versions and what was set aside. */
  clearArea(): Promise<void>;
  /** Drops what this context remembers of the item, so its next use starts as after a fresh install. */
  forget(): void;
}

const registered: RegisteredItem[] = [];

/**
 * Every item defined with lib/storage's helpers registers here when defined, so the list "Clear
 * saved data" works from cannot miss one (lib/storage/items.ts defines them all).
 */
export function registerStoredItem(item: RegisteredItem): void {
  registered.push(item);
}

export function registeredItems(): readonly RegisteredItem[] {
  return [...registered];
}

/** Empties every area the given items live in, once each, then has each start afresh in this context. */
export async function clearItems(items: readonly RegisteredItem[]): Promise<void> {
  const areas = new Map(items.map((item) => [item.area, item.clearArea]));
  for (const clearArea of areas.values()) await clearArea();
  for (const item of items) item.forget();
}
