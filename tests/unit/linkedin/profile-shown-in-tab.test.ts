import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabProfile } from '@/lib/messaging/protocol';
import { profileShownInTab } from '@/lib/linkedin/read-tab-profile.background';

const TOBIAS = 'https://www.linkedin.com/in/tobias-ellery-0b7c5e21/';
const leadPage = (url: string | null): TabProfile => ({
  kind: 'profile',
  fields: {
    url,
    name: 'Tobias Ellery',
    firstName: 'Tobias',
    lastName: 'Ellery',
    headline: null,
    location: null,
    title: null,
    company: null,
  },
  sources: {},
  missing: [],
});

async function openTab(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id!;
}

/** The extractor run in the tab, answering `result` (fakeBrowser has no scripting of its own). */
function extractorAnswers(...results: unknown[]) {
  const run = vi.spyOn(fakeBrowser.scripting, 'executeScript');
  for (const result of results) run.mockResolvedValueOnce([{ frameId: 0, documentId: 'doc', result }] as never);
  return run;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('profileShownInTab', () => {
  it('is the URL itself on /in/ pages, without asking the page', async () => {
    const run = extractorAnswers();
    const url = 'https://de.linkedin.com/in/calla-northallen-2da20053/details/experience/';
    expect(await profileShownInTab(await openTab(url))).toBe(url);
    expect(run).not.toHaveBeenCalled();
  });

  it.each([
    'https://www.linkedin.com/sales/lead/ACwAAC9xQ2EBm3lTh7y1,NAME_SEARCH,Uv3b',
    'https://www.linkedin.com/talent/hire/123456/discover/recruiterSearch/profile/AEMAABx1y2z3',
  ])('reads the public profile link again on lead pages: %s', async (url) => {
    const run = extractorAnswers(leadPage(TOBIAS));
    const tabId = await openTab(url);
    expect(await profileShownInTab(tabId)).toBe(TOBIAS);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith({ target: { tabId }, files: ['/linkedin-extractor.js'] });
  });

  it('names no profile when the lead page has lost its public link, cannot be read, or the tab is gone', async () => {
    const lead = await openTab('https://www.linkedin.com/sales/lead/ACwAAC9xQ2EBm3lTh7y1,NAME_SEARCH,Uv3b');
    extractorAnswers(leadPage(null), { kind: 'something else' }, { kind: 'extractor-failed', message: 'boom' });
    expect(await profileShownInTab(lead)).toBeNull();

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await profileShownInTab(lead)).toBeNull();
    expect(await profileShownInTab(lead)).toBeNull();
    expect(warn.mock.calls.map(([, error]) => String(error))).toEqual([
      expect.stringContaining('The LinkedIn page answered something unexpected'),
      'Error: boom',
    ]);

    expect(await profileShownInTab(9999)).toBeNull();
  });
});
