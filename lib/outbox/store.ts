import { outboxItem } from '../storage/items';
import type { OutboxEntry } from './schema';

let writes: Promise<unknown> = Promise.resolve();

export function readOutbox(): Promise<OutboxEntry[]> {
  return outboxItem.getValue();
}

/**
 * One storage transaction on the outbox: read, change, write, with no other change of this worker
 * in between (only the background writes the outbox). `change` returns the new entries and a
 * result, so a caller can choose and mark an entry in one step and act on exactly what it marked.
 * A change that returns the very array it was given writes nothing.
 */
export function transactOutbox<R>(change: (entries: OutboxEntry[]) => [OutboxEntry[], R]): Promise<R> {
  const result = writes.then(async () => {
    const current = await outboxItem.getValue();
    const [next, outcome] = change(current);
    if (next !== current) await outboxItem.setValue(next);
    return outcome;
  });
  writes = result.catch(() => undefined);
  return result;
}

export function updateOutbox(change: (entries: OutboxEntry[]) => OutboxEntry[]): Promise<OutboxEntry[]> {
  return transactOutbox((entries) => {
    const next = change(entries);
    return [next, next];
  });
}

/** Runs `task` between outbox transactions, e.g. clearing all storage without a write landing after it. */
export function betweenOutboxTransactions<R>(task: () => Promise<R>): Promise<R> {
  const result = writes.then(task);
  writes = result.catch(() => undefined);
  return result;
}

export function watchOutbox(callback: (entries: OutboxEntry[]) => void): () => void {
  return outboxItem.watch(callback);
}
