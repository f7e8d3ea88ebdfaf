import { browser } from 'wxt/browser';
import { profileSlug } from '../linkedin/profile-url';
import { summarize, type OutboxEntry } from '../outbox/outbox';
import { settingsItem } from '../settings';
import { badgeTitle, type BadgeMatch } from '../ui-words/background';
import { usableApiKey } from './api-key';
import { matchPerson } from './match-person';
import { getStardexClient } from './stardex-access';

/**
 * The toolbar badge: on a profile tab, whether the person is in Stardex; everywhere, the number of
 * saves waiting or failed, which wins because it needs the user's attention.
 */

const MATCH_TTL_MS = 5 * 60_000;
const COLORS = {
  matched: '#2e7d32',
  'not-in-stardex': '#607d8b',
  several: '#9e9e9e',
  'lookup-failed': '#9e9e9e',
  pending: '#b26a00',
  failed: '#c62828',
};
const SYMBOLS = { matched: '✓', 'not-in-stardex': '+', several: '?', 'lookup-failed': '?' };

const tabStates = new Map<number, BadgeMatch>();
/** Lookups by slug, so revisiting a profile or switching tabs does not spend the rate limit again. */
const recentMatches = new Map<string, { state: BadgeMatch; at: number }>();
let outboxCounts = { pending: 0, failed: 0 };

async function render(tabId?: number): Promise<void> {
  const state = tabId === undefined ? undefined : tabStates.get(tabId);
  const waiting = outboxCounts.pending + outboxCounts.failed;
  const text = waiting > 0 ? String(waiting) : state ? SYMBOLS[state.kind] : '';
  const color =
    waiting > 0
      ? outboxCounts.failed > 0
        ? COLORS.failed
        : COLORS.pending
      : state
        ? COLORS[state.kind]
        : COLORS['lookup-failed'];
  const target = tabId === undefined ? {} : { tabId };
  await browser.action.setBadgeText({ ...target, text });
  await browser.action.setBadgeBackgroundColor({ ...target, color });
  await browser.action.setTitle({ ...target, title: badgeTitle(state, outboxCounts) });
}

async function lookUp(url: string, slug: string): Promise<BadgeMatch> {
  const recent = recentMatches.get(slug);
  if (recent && Date.now() - recent.at < MATCH_TTL_MS) return recent.state;
  let state: BadgeMatch;
  try {
    const match = await matchPerson(await getStardexClient(), url);
    state =
      match.status === 'matched'
        ? { kind: 'matched', name: match.person.name ?? null }
        : match.status === 'none'
          ? { kind: 'not-in-stardex' }
          : { kind: 'several' };
  } catch (error) {
    // A badge is a hint: a failed lookup shows "?" and the popup explains the error when opened.
    console.warn('[stardex] badge lookup failed', error);
    return { kind: 'lookup-failed' };
  }
  recentMatches.set(slug, { state, at: Date.now() });
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
    tabStates.delete(tabId);
  } else {
    const state = await lookUp(url, slug);
    // The tab may have moved on while we looked; only the latest URL's answer may show.
    const current = await browser.tabs.get(tabId).catch(() => null);
    if (!current?.url || profileSlug(current.url) !== slug) return;
    tabStates.set(tabId, state);
  }
  await render(tabId);
}

/**
 * Turning "Show whether profiles are in Stardex while I browse" off takes the symbols away at once
 * (and what was looked up), rather than leaving them until each tab moves on; the outbox count stays.
 */
export async function applyBadgeLookupSetting(badgeLookup: boolean): Promise<void> {
  if (badgeLookup) return;
  const shown = [...tabStates.keys()];
  tabStates.clear();
  recentMatches.clear();
  await Promise.all(shown.map((tabId) => render(tabId).catch(() => undefined)));
}

export function forgetTab(tabId: number): void {
  tabStates.delete(tabId);
}

/** After creating or linking, the next look must ask Stardex again. */
export function forgetMatch(url: string): void {
  const slug = profileSlug(url);
  if (slug) recentMatches.delete(slug);
}

export async function showOutboxCount(entries: readonly OutboxEntry[]): Promise<void> {
  const { pending, failed } = summarize(entries);
  outboxCounts = { pending, failed };
  await render();
  await Promise.all([...tabStates.keys()].map((tabId) => render(tabId).catch(() => tabStates.delete(tabId))));
}
