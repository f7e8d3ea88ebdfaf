import { useEffect, useState } from 'react';
import type { ListPerson } from '@/lib/people-lists/people-list-types';
import { initialLookups, retryDelayMs, rowQuery, type RowLookup } from '@/lib/people-lists/row-lookup';
import { BackgroundError, sendToBackground } from '@/lib/messaging/send-to-background';
import type { Failure } from '@/lib/failure';

/** A lookup that failed, as the background's failure record; anything else (a closed worker) as unexpected. */
function failureOf(error: unknown): Failure {
  if (error instanceof BackgroundError) return error.failure;
  return { kind: 'unexpected', message: error instanceof Error ? error.message : String(error) };
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Looks the rows up one after another, never all at once: each is a request of the rate limit,
 * and the background refuses a lookup beyond the list's share of it with the wait, after which
 * the same row is asked again. Rows show "…" until their answer arrives. A closed review stops.
 * The review is keyed by its list (App.tsx), so another read starts with fresh state.
 */
export function useListLookups(people: readonly ListPerson[]): RowLookup[] {
  const [lookups, setLookups] = useState<RowLookup[]>(() => initialLookups(people));
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const setRow = (index: number, row: RowLookup) =>
      setLookups((current) => current.map((entry, at) => (at === index ? row : entry)));
    const lookUpAll = async () => {
      for (const [index, person] of people.entries()) {
        const row = rowQuery(person);
        if (!row) continue;
        while (!signal.aborted) {
          try {
            setRow(index, { state: 'known', ...(await sendToBackground({ type: 'people-list/lookup', row })) });
            break;
          } catch (error) {
            const failure = failureOf(error);
            const wait = retryDelayMs(failure);
            if (wait === null) {
              setRow(index, { state: 'failed', failure });
              break;
            }
            await sleep(wait, signal);
          }
        }
        if (signal.aborted) return;
      }
    };
    void lookUpAll();
    return () => controller.abort();
  }, [people]);
  return lookups;
}
