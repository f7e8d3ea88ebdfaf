import { describe, expect, it } from 'vitest';
import type { TabProfile } from '@/lib/messaging/protocol';
import { checkReadAgainstPage } from '@/lib/review/followed-page';

const read = (url: string | null): TabProfile => ({
  kind: 'profile',
  fields: {
    url,
    name: 'Calla',
    firstName: null,
    lastName: null,
    headline: null,
    location: null,
    title: null,
    company: null,
  },
  sources: {},
  missing: [],
});
const CALLA = 'https://www.linkedin.com/in/calla-northallen-2da20053/';

describe('checkReadAgainstPage', () => {
  it('keeps a read of the profile the tab names, whatever the spelling of its URL', () => {
    const profile = read('https://linkedin.com/in/Calla-Northallen-2da20053?trk=x');
    expect(checkReadAgainstPage(profile, CALLA)).toBe(profile);
  });

  it('a read of another profile than the tab names is still loading', () => {
    const result = checkReadAgainstPage(read('https://www.linkedin.com/in/petra-solvang/'), CALLA);
    expect(result).toEqual({ kind: 'loading', reason: 'the tab still shows the previous profile.' });
    expect(checkReadAgainstPage(read(null), CALLA).kind).toBe('loading');
  });

  it('keeps reads where the tab URL names no /in/ profile, and answers that are not profiles', () => {
    const lead = 'https://www.linkedin.com/sales/lead/ACwAAB123,NAME_SEARCH';
    const profile = read(CALLA);
    expect(checkReadAgainstPage(profile, lead)).toBe(profile);
    expect(checkReadAgainstPage(profile, null)).toBe(profile);
    const notProfile: TabProfile = { kind: 'not-a-profile', reason: 'Sign in' };
    expect(checkReadAgainstPage(notProfile, CALLA)).toBe(notProfile);
  });
});
