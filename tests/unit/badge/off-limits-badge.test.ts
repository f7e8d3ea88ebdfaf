import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MatchResult } from '@/lib/messaging/protocol';
import type { StardexClient } from '@/lib/stardex/client';
import { matchPerson } from '@/lib/persons/match-person.background';
import { getStardexClient } from '@/lib/settings/stardex-access.background';
import { apiKeyItem } from '@/lib/storage/items';

vi.mock('@/lib/persons/match-person.background', () => ({ matchPerson: vi.fn() }));
vi.mock('@/lib/settings/stardex-access.background', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/settings/stardex-access.background')>()),
  getStardexClient: vi.fn(),
}));

/** Issue 23: the badge's "!" on page open, from the matched person's Stardex record. */

const KATRIN = 'https://www.linkedin.com/in/katrin-quennerby-ea93508d/';
const CLIENT = {
  id: '0c0a0001-4d2e-4b8f-9a10-00000000c001',
  name: 'Nettlebrook Pharma',
  is_client: true,
  client_status: { name: 'Active' },
};
const katrin = (fields: object): MatchResult => ({
  status: 'matched',
  person: { id: '9b2e4f71-0c3a-4d5e-8f61-2a7b9c0d1e02', name: 'Katrin Quennerby', ...fields },
  linked: false,
});

const searchCompanies = vi.fn();
beforeEach(async () => {
  fakeBrowser.reset();
  vi.clearAllMocks();
  fakeBrowser.storage.local.setAccessLevel = (async () => {}) as never;
  vi.mocked(getStardexClient).mockResolvedValue({ searchCompanies } as unknown as StardexClient);
  await apiKeyItem.setValue({ key: 'sk_sandbox_demo', origin: 'https://api.stardex.ai' });
});

async function badgeOf(match: MatchResult) {
  vi.mocked(matchPerson).mockResolvedValue(match);
  vi.resetModules();
  const { refreshTabBadge } = await import('@/lib/badge/tab-badge.background');
  const tabId = (await fakeBrowser.tabs.create({ url: KATRIN })).id!;
  await refreshTabBadge(tabId, KATRIN);
  return {
    text: await fakeBrowser.action.getBadgeText({ tabId }),
    title: await fakeBrowser.action.getTitle({ tabId }),
  };
}

describe('the badge on an off-limits person', () => {
  it('"!" with the reason in its title when their Stardex company is a client', async () => {
    searchCompanies.mockResolvedValue([CLIENT]);
    expect(await badgeOf(katrin({ current_company_name: 'Nettlebrook Pharma' }))).toEqual({
      text: '!',
      title: 'Off-limits: Nettlebrook Pharma is a client (Active). In Stardex: Katrin Quennerby',
    });
    expect(searchCompanies).toHaveBeenCalledWith({ keywords: ['Nettlebrook Pharma'], limit: 25 });
  });

  it('"!" when the person is marked do-not-contact, even when the company lookup fails', async () => {
    searchCompanies.mockRejectedValue(new Error('HTTP 500'));
    const shown = await badgeOf(
      katrin({ current_company_name: 'Nettlebrook Pharma', do_not_contact: true, do_not_contact_metadata: null }),
    );
    expect(shown).toEqual({
      text: '!',
      title: 'Do not contact: this person is marked do-not-contact in Stardex. In Stardex: Katrin Quennerby',
    });
  });

  it('✓ at an ordinary company', async () => {
    searchCompanies.mockResolvedValue([{ ...CLIENT, is_client: false }]);
    expect(await badgeOf(katrin({ current_company_name: 'Nettlebrook Pharma' }))).toEqual({
      text: '✓',
      title: 'In Stardex: Katrin Quennerby',
    });
  });
});
