import type { SavedDataStatus } from '../messaging/protocol';
import { betweenOutboxTransactions, readOutbox } from '../outbox/store';
import { storedItems } from './items';
import { clearItems } from './registry';
import { countSetAside } from './validated-item';
import { optionsWords } from '../ui-words/options';

export async function savedDataStatus(): Promise<SavedDataStatus> {
  const [entries, setAside] = await Promise.all([readOutbox(), countSetAside()]);
  return {
    unsentSaves: entries.length,
    failedSaves: entries.filter((entry) => entry.state === 'failed').length,
    setAside,
  };
}

/**
 * Options' "Clear saved data": everything this extension keeps in this browser goes (every stored
 * item of lib/storage/items.ts, in every place they live: unsent saves, drafts, manual links, damaged
 * entries set aside, settings, the API key, the rate-limit window, the badge's recent lookups), as after
 * a fresh install. Settings go too because the key must never reach a base URL chosen by default
 * instead of by the user. Run between outbox transactions, so no write in flight lands after it.
 */
export async function clearSavedData(): Promise<{ message: string }> {
  await betweenOutboxTransactions(() => clearItems(storedItems));
  return { message: optionsWords.dataCleared() };
}
