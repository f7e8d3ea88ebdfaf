import { FailureError } from '../failure';
import { conversationWords } from '../ui-words/conversations';
import { canonicalProfileUrl } from '../linkedin/profile-url';
import { reviewedValuesFromProfile } from '../review/review-fields';
import { settingsItem } from '../storage/items';
import { buildPersonPatch } from '../stardex/change-set';
import type { QueuedAttempt, TabProfile } from '../messaging/protocol';
import type { StardexClient } from '../stardex/client';
import type { StardexPerson } from '../stardex/schemas';
import { matchPerson } from '../persons/match-person.background';
import { savePerson } from '../persons/save-person.background';
import { peopleListWords } from '../ui-words/people-lists';
import { needsReviewWords } from '../ui-words/background';

/** `not-a-profile`: `reason` is the page's own (null: the profile's URL is unknown). */
export type QuickUpdateResult =
  | { kind: 'saved'; personName: string | null; fields: string[]; notice?: string }
  | { kind: 'queued'; personName: string | null; fields: string[]; attempt: QueuedAttempt }
  | { kind: 'needs-review'; reason: string }
  | { kind: 'not-a-profile'; reason: string | null };

/** `not-a-profile`: `reason` is the page's own (null: the profile's URL is unknown). */
export type CertainMatch =
  | { kind: 'certain'; person: StardexPerson; url: string }
  | { kind: 'needs-review'; reason: string }
  | { kind: 'not-a-profile'; reason: string | null };

/**
 * The one person a right-click action may change without the review: exactly one by LinkedIn URL,
 * or a link the user made; read afresh. Anything less certain is left to the review.
 */
export async function certainMatch(client: StardexClient, profile: TabProfile): Promise<CertainMatch> {
  // A conversation is logged from its review, never changed by a right-click action.
  if (profile.kind === 'conversation') return { kind: 'needs-review', reason: conversationWords.reviewIt() };
  // A list page has no one person: its own review picks whom to add.
  if (profile.kind === 'list') return { kind: 'needs-review', reason: peopleListWords.listPage() };
  if (profile.kind !== 'profile') return { kind: 'not-a-profile', reason: profile.reason };
  const url = profile.fields.url && canonicalProfileUrl(profile.fields.url);
  if (!url) return { kind: 'not-a-profile', reason: null };
  const match = await matchPerson(client, url);
  if (match.status === 'none') return { kind: 'needs-review', reason: needsReviewWords.notInStardexYet() };
  if (match.status === 'several') return { kind: 'needs-review', reason: needsReviewWords.severalMatch() };
  return { kind: 'certain', person: await client.getPerson(match.person.id), url };
}

/**
 * "Update in Stardex now": the page's values go to the matched person without the review, but only
 * when the match is certain (exactly one person by LinkedIn URL, or a link the user made) and
 * something would change. Anything less certain is left to the review.
 */
export async function quickUpdate(
  client: StardexClient,
  tabId: number,
  profile: TabProfile,
): Promise<QuickUpdateResult> {
  if (profile.kind === 'conversation') return { kind: 'needs-review', reason: conversationWords.reviewIt() };
  if (profile.kind === 'list') return { kind: 'needs-review', reason: peopleListWords.listPage() };
  if (profile.kind !== 'profile') return { kind: 'not-a-profile', reason: profile.reason };
  const match = await certainMatch(client, profile);
  if (match.kind !== 'certain') return match;
  const { person, url } = match;
  const { onlyFillEmpty } = await settingsItem.getValue();
  const patch = buildPersonPatch(reviewedValuesFromProfile(profile.fields), person, { onlyFillEmpty });
  if (Object.keys(patch).length === 0) return { kind: 'needs-review', reason: needsReviewWords.nothingNew() };
  const personName = person.name ?? null;
  const outcome = await savePerson({
    type: 'person/save',
    tabId,
    personId: person.id,
    personName,
    linkedinUrl: url,
    patch,
    note: null,
  });
  if (outcome.status === 'queued')
    return { kind: 'queued', personName, fields: outcome.fields, attempt: outcome.attempt };
  // A save without notes or steps is one PATCH: it either went or was refused (then savePerson threw).
  if (outcome.status === 'partly-saved') throw new FailureError(outcome.notSaved.failure, 'quick update refused');
  return { kind: 'saved', personName, fields: outcome.fields, ...(outcome.notice ? { notice: outcome.notice } : {}) };
}
