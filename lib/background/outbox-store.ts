import { outboxSchema, type OutboxEntry } from '../outbox/outbox';
import { defineValidatedItem } from '../storage/validated-item';

const outboxItem = defineValidatedItem('local:outbox', outboxSchema, []);

let writes: Promise<unknown> = Promise.resolve();

export function readOutbox(): Promise<OutboxEntry[]> {
  return outboxItem.getValue();
}

/**
 * Read-modify-write of the stored outbox, one at a time within this worker, so a save from the
 * popup and a retry from an alarm cannot overwrite each other's changes.
 */
export function updateOutbox(change: (entries: OutboxEntry[]) => OutboxEntry[]): Promise<OutboxEntry[]> {
  const result = writes.then(async () => {
    const next = change(await outboxItem.getValue());
    await outboxItem.setValue(next);
    return next;
  });
  writes = result.catch(() => undefined);
  return result;
}

export function watchOutbox(callback: (entries: OutboxEntry[]) => void): () => void {
  return outboxItem.watch(callback);
}
