import { browser } from 'wxt/browser';
import { profileSlug } from '../linkedin/profile-url';
import { summarize, type OutboxEntry } from '../outbox/outbox';
import { settingsItem, type BadgeMatch } from '../storage/items';
import { badgeTitle } from '../ui-words/background';
import { usableApiKey } from '../settings/api-key.background';
import {
  cachedMatch,
  clearTabBadges,
  forgetCachedMatch,
  forgetCachedMatches,
  rememberMatch,
  setTabBadge,
  tabBadges,
} from './badge-memory.background';
import { matchPerson } from '../persons/match-person.background';
import { getStardexClient } from '../settings/stardex-access.background';
import { personOffLimits } from '../companies/person-off-limits.background';

/**
 * The toolbar badge: on a profile tab, whether the person is in Stardex; everywhere, the number of
 * saves waiting or failed, which wins because it needs the user's attention. What it shows and what
 * it looked up (reused for 5 minutes) are kept in `storage.session` (badge-memory.ts): Chrome stops the
 * worker when idle, and a restarted one neither asks Stardex again nor leaves a tab's ✓ over the count.
 */

const COLORS = {
  matched: '#2e7d32',
  'not-in-stardex': '#607d8b',
  several: '#9e9e9e',
  'lookup-failed': '#9e9e9e',
  pending: '#b26a00',
  'off-limits': '#ad1457',
  failed: '#c62828',
};
const SYMBOLS = { matched: '✓', 'not-in-stardex': '+', several: '?', 'lookup-failed': '?' };

// Set from the stored outbox at every worker start (entrypoints/background.ts) and at every change of it.
let outboxCounts = { pending: 0, failed: 0 };

/** Issue 23: "!" on a person Stardex says is off-limits (client, do-not-contact), instead of ✓. */
const OFF_LIMITS_SYMBOL = '!';
const isOffLimits = (state: BadgeMatch | undefined) => state?.kind === 'matched' && (state.offLimits?.length ?? 0) > 0;

/** Draws the badge of one tab with what it shows, or with no tab the badge of every tab showing nothing. */
async function render(tabId?: number, state?: BadgeMatch): Promise<void> {
  const waiting = outboxCounts.pending + outboxCounts.failed;
  const offLimits = isOffLimits(state);
  const text = waiting > 0 ? String(waiting) : offLimits ? OFF_LIMITS_SYMBOL : state ? SYMBOLS[state.kind] : '';
  const color =
    waiting > 0
      ? outboxCounts.failed > 0
        ? COLORS.failed
        : COLORS.pending
      : offLimits
        ? COLORS['off-limits']
        : state
          ? COLORS[state.kind]
          : COLORS['lookup-failed'];
  const target = tabId === undefined ? {} : { tabId };
  await browser.action.setBadgeText({ ...target, text });
  await browser.action.setBadgeBackgroundColor({ ...target, color });
  await browser.action.setTitle({ ...target, title: badgeTitle(state, outboxCounts) });
}

async function lookUp(url: string, slug: string): Promise<BadgeMatch> {
  const recent = await cachedMatch(slug);
  if (recent) return recent;
  let state: BadgeMatch;
  try {
    const client = await getStardexClient();
    const match = await matchPerson(client, url);
    const offLimits = match.status === 'matched' ? await personOffLimits(client, match.person) : [];
    state =
      match.status === 'matched'
        ? { kind: 'matched', name: match.person.name ?? null, ...(offLimits.length > 0 ? { offLimits } : {}) }
        : match.status === 'none'
          ? { kind: 'not-in-stardex' }
          : { kind: 'several' };
  } catch (error) {
    // A badge is a hint: a failed lookup shows "?" and the popup explains the error when opened.
    console.warn('[stardex] badge lookup failed', error);
    return { kind: 'lookup-failed' };
  }
  await rememberMatch(slug, state);
  return state;
}

/** A lookup tells Stardex which profile the user visits: only with a key and with the user's consent. */
async function mayLookUp(): Promise<boolean> {
  const { badgeLookup } = await settingsItem.getValue();
  return badgeLookup && (await usableApiKey()) !== null;
}

/** Called when a tab's URL changes (including LinkedIn's in-page navigation) or it finishes loading. */
export async function refreshTabBadge(tabId: number, url: string | undefined): Promise<void> {
  const slug = url ? profileSlug(url) : null;
  if (!url || !slug || !(await mayLookUp())) {
    await setTabBadge(tabId, null);
    await render(tabId);
    return;
  }
  const state = await lookUp(url, slug);
  // The tab may have moved on while we looked; only the latest URL's answer may show.
  const current = await browser.tabs.get(tabId).catch(() => null);
  if (!current?.url || profileSlug(current.url) !== slug) return;
  await setTabBadge(tabId, state);
  await render(tabId, state);
}

/**
 * Turning "Show whether profiles are in Stardex while I browse" off takes the symbols away at once
 * (and what was looked up), rather than leaving them until each tab moves on; the outbox count stays.
 */
export async function applyBadgeLookupSetting(badgeLookup: boolean): Promise<void> {
  if (badgeLookup) return;
  const shown = await clearTabBadges();
  await forgetCachedMatches();
  await Promise.all(shown.map((tabId) => render(tabId).catch(() => undefined)));
}

export function forgetTab(tabId: number): Promise<void> {
  return setTabBadge(tabId, null);
}

/** After creating or linking, the next look must ask Stardex again. */
export async function forgetMatch(url: string): Promise<void> {
  const slug = profileSlug(url);
  if (slug) await forgetCachedMatch(slug);
}

export async function showOutboxCount(entries: readonly OutboxEntry[]): Promise<void> {
  const { pending, failed } = summarize(entries);
  outboxCounts = { pending, failed };
  await render();
  const shown = await tabBadges();
  // A tab closed meanwhile refuses the redraw; it is forgotten.
  await Promise.all([...shown].map(([tabId, state]) => render(tabId, state).catch(() => setTabBadge(tabId, null))));
}
