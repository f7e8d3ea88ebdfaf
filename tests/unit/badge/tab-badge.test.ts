import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MatchResult } from '@/lib/messaging/protocol';
import type { StardexClient } from '@/lib/stardex/client';
import { matchPerson } from '@/lib/persons/match-person.background';
import { getStardexClient } from '@/lib/settings/stardex-access.background';
import { openReview } from '@/lib/review/open-review.background';
import { apiKeyItem, settingsItem } from '@/lib/storage/items';

vi.mock('@/lib/persons/match-person.background', () => ({ matchPerson: vi.fn() }));
vi.mock('@/lib/settings/stardex-access.background', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/settings/stardex-access.background')>()),
  getStardexClient: vi.fn(),
}));

const CALLA = 'https://www.linkedin.com/in/calla-northallen-2da20053/';
const KATRIN = 'https://www.linkedin.com/in/katrin-quennerby-ea93508d/';
const matched: MatchResult = {
  status: 'matched',
  person: { id: '0b6f7c1e-3a52-4d0e-9a77-1c2d3e4f5a61', name: 'Calla Northallen' },
  linked: false,
};

// A fresh module per test, and a second one where a test restarts the worker: nothing in memory is kept.
async function badgeModule() {
  vi.resetModules();
  return import('@/lib/badge/tab-badge.background');
}
async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

beforeEach(async () => {
  fakeBrowser.reset();
  vi.clearAllMocks();
  // The fake browser has no access levels; Chromium's call succeeds.
  fakeBrowser.storage.local.setAccessLevel = (async () => {}) as never;
  vi.mocked(getStardexClient).mockResolvedValue({} as StardexClient);
  vi.mocked(matchPerson).mockImplementation(async (_client, url) => (url === CALLA ? matched : { status: 'none' }));
  await apiKeyItem.setValue({ key: 'sk_sandbox_demo', origin: 'https://api.stardex.ai' });
});

describe('per-tab badge', () => {
  it('✓ on a matched profile, + on one not in Stardex, nothing elsewhere', async () => {
    const { refreshTabBadge } = await badgeModule();
    const calla = await openTab(CALLA);
    const katrin = await openTab(KATRIN);
    const feed = await openTab('https://www.linkedin.com/feed/');
    await refreshTabBadge(calla, CALLA);
    await refreshTabBadge(katrin, KATRIN);
    await refreshTabBadge(feed, 'https://www.linkedin.com/feed/');
    expect(await badge(calla)).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: calla })).toBe('In Stardex: Calla Northallen');
    expect(await badge(katrin)).toBe('+');
    expect(await fakeBrowser.action.getTitle({ tabId: katrin })).toBe('Not in Stardex yet');
    expect(await badge(feed)).toBe('');
  });

  it('several matches or a failed lookup show "?"', async () => {
    const { refreshTabBadge } = await badgeModule();
    vi.mocked(matchPerson).mockResolvedValueOnce({ status: 'several', persons: [matched.person, matched.person] });
    const calla = await openTab(CALLA);
    await refreshTabBadge(calla, CALLA);
    expect(await badge(calla)).toBe('?');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.mocked(matchPerson).mockRejectedValueOnce(new Error('offline'));
    const katrin = await openTab(KATRIN);
    await refreshTabBadge(katrin, KATRIN);
    expect(await badge(katrin)).toBe('?');
    expect(await fakeBrowser.action.getTitle({ tabId: katrin })).toBe('Stardex: could not check');
  });

  it('follows in-page navigation to another profile, and asks Stardex once per profile', async () => {
    const { refreshTabBadge } = await badgeModule();
    const tabId = await openTab(CALLA);
    await refreshTabBadge(tabId, CALLA);
    expect(await badge(tabId)).toBe('✓');
    await fakeBrowser.tabs.update(tabId, { url: KATRIN });
    await refreshTabBadge(tabId, KATRIN);
    expect(await badge(tabId)).toBe('+');
    await fakeBrowser.tabs.update(tabId, { url: CALLA });
    await refreshTabBadge(tabId, CALLA);
    expect(await badge(tabId)).toBe('✓');
    expect(matchPerson).toHaveBeenCalledTimes(2);
  });

  it('an answer for a URL the tab has already left is not shown', async () => {
    const { refreshTabBadge } = await badgeModule();
    const tabId = await openTab(KATRIN);
    await refreshTabBadge(tabId, CALLA);
    expect(await badge(tabId)).toBe('');
  });

  it('without an API key no lookup is made and no symbol is shown', async () => {
    await apiKeyItem.setValue(null);
    const { refreshTabBadge } = await badgeModule();
    const tabId = await openTab(CALLA);
    await refreshTabBadge(tabId, CALLA);
    expect(matchPerson).not.toHaveBeenCalled();
    expect(await badge(tabId)).toBe('');
  });

  it('with a key typed for another origin than the base URL no lookup is made', async () => {
    await apiKeyItem.setValue({ key: 'sk_sandbox_demo', origin: 'http://127.0.0.1:8787' });
    const { refreshTabBadge } = await badgeModule();
    const tabId = await openTab(CALLA);
    await refreshTabBadge(tabId, CALLA);
    expect(matchPerson).not.toHaveBeenCalled();
    expect(await badge(tabId)).toBe('');
  });

  it('with "Show whether profiles are in Stardex while I browse" off no lookup is made, the outbox count still shows', async () => {
    await settingsItem.setValue({
      baseUrl: 'https://api.stardex.ai',
      onlyFillEmpty: false,
      badgeLookup: false,
      reviewOpensIn: 'popup',
    });
    const { refreshTabBadge, showOutboxCount } = await badgeModule();
    const calla = await openTab(CALLA);
    await refreshTabBadge(calla, CALLA);
    expect(await badge(calla)).toBe('');
    const entry = { state: 'pending', linkedinUrl: KATRIN } as Parameters<typeof showOutboxCount>[0][number];
    await showOutboxCount([entry]);
    const katrin = await openTab(KATRIN);
    await refreshTabBadge(katrin, KATRIN);
    expect(matchPerson).not.toHaveBeenCalled();
    expect(getStardexClient).not.toHaveBeenCalled();
    expect(await badge(katrin)).toBe('1');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('turning the badge lookup off takes the symbol away at once and forgets the answers', async () => {
    const { applyBadgeLookupSetting, refreshTabBadge } = await badgeModule();
    const tabId = await openTab(CALLA);
    await refreshTabBadge(tabId, CALLA);
    expect(await badge(tabId)).toBe('✓');
    await applyBadgeLookupSetting(false);
    expect(await badge(tabId)).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId })).toBe('Review in Stardex');
    await refreshTabBadge(tabId, CALLA);
    expect(await badge(tabId)).toBe('✓');
    expect(matchPerson).toHaveBeenCalledTimes(2);
  });

  it('waiting or failed saves win over the match symbol, everywhere', async () => {
    const { refreshTabBadge, showOutboxCount } = await badgeModule();
    const tabId = await openTab(CALLA);
    await refreshTabBadge(tabId, CALLA);
    const entry = { state: 'pending', linkedinUrl: KATRIN } as Parameters<typeof showOutboxCount>[0][number];
    await showOutboxCount([entry, { ...entry, state: 'failed' }]);
    expect(await badge(tabId)).toBe('2');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    await showOutboxCount([]);
    expect(await badge(tabId)).toBe('✓');
  });
});

describe('the badge after Chrome stopped and restarted the worker (module loaded afresh, memory gone)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a lookup is reused for 5 minutes, then Stardex is asked again', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-03-01T09:00:00Z') });
    const calla = await openTab(CALLA);
    await (await badgeModule()).refreshTabBadge(calla, CALLA);
    expect(matchPerson).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(5 * 60_000 - 1_000);
    await (await badgeModule()).refreshTabBadge(calla, CALLA);
    expect(matchPerson).toHaveBeenCalledTimes(1);
    expect(await badge(calla)).toBe('✓');

    vi.advanceTimersByTime(1_000);
    await (await badgeModule()).refreshTabBadge(calla, CALLA);
    expect(matchPerson).toHaveBeenCalledTimes(2);
  });

  it("a change of the outbox count still wins over a tab's ✓, and goes back to it", async () => {
    const calla = await openTab(CALLA);
    await (await badgeModule()).refreshTabBadge(calla, CALLA);
    const { showOutboxCount } = await badgeModule();
    const entry = { state: 'pending', linkedinUrl: KATRIN } as Parameters<typeof showOutboxCount>[0][number];
    await showOutboxCount([entry]);
    expect(await badge(calla)).toBe('1');
    await showOutboxCount([]);
    expect(await badge(calla)).toBe('✓');
  });

  it('lookups and symbols are kept in storage.session, which content scripts cannot read', async () => {
    const calla = await openTab(CALLA);
    await (await badgeModule()).refreshTabBadge(calla, CALLA);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      recentMatches: {
        'calla-northallen-2da20053': { match: { kind: 'matched', name: 'Calla Northallen' }, at: expect.any(Number) },
      },
      recentMatches$: { v: 1 },
      tabBadges: { [calla]: { kind: 'matched', name: 'Calla Northallen' } },
      tabBadges$: { v: 1 },
    });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Calla Northallen');
  });

  it('damaged badge memory costs a lookup and is said so, it does not stop the badge', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.session.set({ recentMatches: { 'calla-northallen-2da20053': { match: 'yes' } } });
    const calla = await openTab(CALLA);
    await (await badgeModule()).refreshTabBadge(calla, CALLA);
    expect(await badge(calla)).toBe('✓');
    expect(matchPerson).toHaveBeenCalledTimes(1);
    expect(warned).toHaveBeenCalledWith(expect.stringContaining('unreadable'), expect.anything());
  });
});

describe('openReview', () => {
  it('uses the toolbar popup for the active tab when the browser allows it', async () => {
    const tabId = await openTab(CALLA);
    const openPopup = vi.fn(async () => {});
    Object.assign(fakeBrowser.action, { openPopup });
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: tabId }] as never);
    await openReview(tabId);
    expect(openPopup).toHaveBeenCalledOnce();
    expect(created).not.toHaveBeenCalled();
  });

  it('falls back to a small window with popup.html?tabId when openPopup fails or another tab is active', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    Object.assign(fakeBrowser.action, { openPopup: vi.fn(async () => Promise.reject(new Error('no'))) });
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
    await openReview(7);
    await openReview(8);
    expect(created.mock.calls.map(([data]) => [data?.url, data?.type])).toEqual([
      [fakeBrowser.runtime.getURL('/popup.html?tabId=7'), 'popup'],
      [fakeBrowser.runtime.getURL('/popup.html?tabId=8'), 'popup'],
    ]);
  });
});
