import { recentMatchesItem, tabBadgesItem, type BadgeMatch } from '../storage/items';
import { StoredValueError } from '../storage/validated-item';

/**
 * What the badge remembers, in `storage.session` so that a worker Chrome stopped and started again
 * (after 30 s idle) still knows it: the recent lookups by profile slug, and what each tab shows.
 */

/** A badge lookup is reused this long, so revisiting a profile or switching tabs spends no request. */
const MATCH_TTL_MS = 5 * 60_000;

/** Damaged badge memory only costs a lookup or a redraw: it is dropped, and said so, rather than stopping the badge. */
async function readOrDrop<T>(item: { getValue(): Promise<T>; removeValue(): Promise<void> }, empty: T): Promise<T> {
  try {
    return await item.getValue();
  } catch (error) {
    if (!(error instanceof StoredValueError)) throw error;
    console.warn('[stardex] what the badge remembered was unreadable; starting afresh', error);
    await item.removeValue();
    return empty;
  }
}

// Each change reads, changes and writes; one at a time, so two tabs loading at once keep both changes.
let changes: Promise<unknown> = Promise.resolve();
function serially<R>(change: () => Promise<R>): Promise<R> {
  const result = changes.then(change);
  changes = result.catch(() => undefined);
  return result;
}

/** The profile's lookup made within MATCH_TTL_MS, or null. */
export async function cachedMatch(slug: string): Promise<BadgeMatch | null> {
  const kept = (await readOrDrop(recentMatchesItem, {}))[slug];
  return kept && Date.now() - kept.at < MATCH_TTL_MS ? kept.match : null;
}

/** Keeps the lookup; lookups older than MATCH_TTL_MS go at the same time, so the cache stays small. */
export function rememberMatch(slug: string, match: BadgeMatch): Promise<void> {
  return serially(async () => {
    const now = Date.now();
    const kept = Object.entries(await readOrDrop(recentMatchesItem, {}));
    const fresh = kept.filter(([, { at }]) => now - at < MATCH_TTL_MS);
    await recentMatchesItem.setValue({ ...Object.fromEntries(fresh), [slug]: { match, at: now } });
  });
}

export function forgetCachedMatch(slug: string): Promise<void> {
  return serially(async () => {
    const kept = await readOrDrop(recentMatchesItem, {});
    if (!(slug in kept)) return;
    delete kept[slug];
    await recentMatchesItem.setValue(kept);
  });
}

export function forgetCachedMatches(): Promise<void> {
  return serially(() => recentMatchesItem.removeValue());
}

/** What each tab shows, so a change of the outbox count redraws every tab, also after a restart. */
export async function tabBadges(): Promise<Map<number, BadgeMatch>> {
  const shown = await readOrDrop(tabBadgesItem, {});
  return new Map(Object.entries(shown).map(([tabId, match]) => [Number(tabId), match]));
}

/** Records what the tab shows; null: it shows no symbol (most tab changes, so that writes nothing new). */
export function setTabBadge(tabId: number, match: BadgeMatch | null): Promise<void> {
  return serially(async () => {
    const { [tabId]: previous, ...rest } = await readOrDrop(tabBadgesItem, {});
    if (match === null && previous === undefined) return;
    await tabBadgesItem.setValue(match === null ? rest : { ...rest, [tabId]: match });
  });
}

/** Forgets every tab's symbol; returns the tabs that showed one. */
export function clearTabBadges(): Promise<number[]> {
  return serially(async () => {
    const shown = [...(await tabBadges()).keys()];
    await tabBadgesItem.removeValue();
    return shown;
  });
}
