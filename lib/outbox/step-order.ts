import type { OutboxEntry } from './schema';

/** A job, a step or a list run's entry is its own step of a user action (./placement-steps.ts): never merged with another save. */
export function carriesPlacement(entry: Pick<OutboxEntry, 'job' | 'step' | 'run'>): boolean {
  return entry.job !== undefined || entry.step !== undefined || entry.run !== undefined;
}

/**
 * The earlier step is still queued (also when it failed): this one must not run yet. A list run's
 * batch list step waits for every other entry of its run, so it is sent once, with everyone.
 */
export function waitsForEarlierStep(entry: OutboxEntry, entries: readonly OutboxEntry[]): boolean {
  if (entry.step?.kind === 'list-batch') {
    return entries.some((other) => other.run === entry.run && other.id !== entry.id);
  }
  return entry.after !== undefined && entries.some((other) => other.id === entry.after);
}
