import { describe, expect, it } from 'vitest';
import { initialLookups, lookupSymbol, retryDelayMs, rowQuery } from '@/lib/people-lists/row-lookup';
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
    expect(
      lookupSymbol({ state: 'known', lookup: { status: 'in-stardex', personId: 'p', name: null }, offLimits: [] }),
    ).toBe('✓');
    expect(lookupSymbol({ state: 'known', lookup: { status: 'not-in-stardex' }, offLimits: [] })).toBe('+');
    expect(lookupSymbol({ state: 'known', lookup: { status: 'several' }, offLimits: [] })).toBe('?');
    expect(lookupSymbol({ state: 'known', lookup: { status: 'not-certain' }, offLimits: [] })).toBe('?');
    expect(lookupSymbol({ state: 'no-url' })).toBe('?');
    expect(lookupSymbol({ state: 'failed', failure: { kind: 'unexpected', message: 'x' } })).toBe('?');
  });

  it('looks up rows with a public URL or a Sales Navigator lead id; a row naming nobody is never asked about', () => {
    const lead = { ...row(null), name: 'Petra Fictive', leadId: 'ACwAAAPq1', company: 'Quillmont Systems' };
    expect(initialLookups([row('https://www.linkedin.com/in/ann-fictive-1/'), lead, row(null)])).toEqual([
      { state: 'looking' },
      { state: 'looking' },
      { state: 'no-url' },
    ]);
    expect(rowQuery(lead)).toEqual({ linkedinUrl: null, leadId: 'ACwAAAPq1', company: 'Quillmont Systems' });
    expect(rowQuery(row(null))).toBeNull();
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
