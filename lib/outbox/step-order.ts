import type { OutboxEntry } from './schema';

/** A job or a step is its own step of a user action (./placement-steps.ts): never merged with another save. */
export function carriesPlacement(entry: Pick<OutboxEntry, 'job' | 'step'>): boolean {
  return entry.job !== undefined || entry.step !== undefined;
}

/** The earlier step is still queued (also when it failed): this one must not run yet. */
export function waitsForEarlierStep(entry: OutboxEntry, entries: readonly OutboxEntry[]): boolean {
  return entry.after !== undefined && entries.some((other) => other.id === entry.after);
}
