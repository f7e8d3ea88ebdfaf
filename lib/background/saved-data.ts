import { browser } from 'wxt/browser';
import type { SavedDataStatus } from '../messaging/protocol';
import { clearExtensionDatabase } from '../storage/extension-database';
import { countSetAside } from '../storage/validated-item';
import { betweenOutboxTransactions, readOutbox } from './outbox-store';

export async function savedDataStatus(): Promise<SavedDataStatus> {
  const [entries, setAside] = await Promise.all([readOutbox(), countSetAside()]);
  return { unsentSaves: entries.length, setAside };
}

/**
 * Options' "Clear saved data": everything this extension keeps in this browser goes (unsent saves,
 * drafts, manual links, damaged entries set aside, settings, the API key, the rate-limit window), as
 * after a fresh install. Settings go too because the key must never reach a base URL chosen by default
 * instead of by the user. Run between outbox transactions, so no write in flight lands after it.
 */
export async function clearSavedData(): Promise<{ message: string }> {
  await betweenOutboxTransactions(() => browser.storage.local.clear());
  // Where the API key is kept in IndexedDB (Firefox).
  await clearExtensionDatabase();
  return { message: 'Saved data cleared. Add your Stardex API key again to continue.' };
}
