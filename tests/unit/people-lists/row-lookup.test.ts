import { describe, expect, it } from 'vitest';
import { initialLookups, lookupSymbol, retryDelayMs } from '@/lib/people-lists/row-lookup';
import type { ListPerson } from '@/lib/people-lists/people-list-types';

const row = (url: string | null): ListPerson => ({
  url,
  name: url ? 'Ann Fictive' : null,
  headline: null,
  location: null,
  title: null,
  company: null,
  leadId: null,
});

describe('the list review’s lookup symbols', () => {
  it('shows … until known, ✓ in Stardex, + not in Stardex, ? for several, no URL or a failed check', () => {
    expect(lookupSymbol({ state: 'looking' })).toBe('…');
    expect(lookupSymbol({ state: 'known', lookup: { status: 'in-stardex', personId: 'p', name: null } })).toBe('✓');
    expect(lookupSymbol({ state: 'known', lookup: { status: 'not-in-stardex' } })).toBe('+');
    expect(lookupSymbol({ state: 'known', lookup: { status: 'several' } })).toBe('?');
    expect(lookupSymbol({ state: 'no-url' })).toBe('?');
    expect(lookupSymbol({ state: 'failed', failure: { kind: 'unexpected', message: 'x' } })).toBe('?');
  });

  it('looks up rows with a public URL only: a row without one is never certain', () => {
    expect(initialLookups([row('https://www.linkedin.com/in/ann-fictive-1/'), row(null)])).toEqual([
      { state: 'looking' },
      { state: 'no-url' },
    ]);
  });

  it('asks again after the wait of a rate-limit refusal, and not after any other failure', () => {
    const limited = {
      kind: 'rate-limited' as const,
      status: null,
      code: null,
      stardexSaid: null,
      retryAfterSeconds: 12,
      fields: [],
    };
    expect(retryDelayMs(limited)).toBe(12_000);
    expect(retryDelayMs({ ...limited, kind: 'auth' })).toBeNull();
  });
});
