import { readBackWords } from '../ui-words/saves';
import { ALL_FIELDS, CONTACT_LISTS, recordOf, type ContactListPatchKey, type Field } from '../fields';
import { sameContact } from '../review/contact-fields';
import { sameText } from '../stardex/change-set';
import type { StardexClient } from '../stardex/client';
import { StardexError } from '../stardex/errors';
import { candidacyOn } from '../placements/stardex-placements';
import { relationToProfile } from '../stardex/profile-match';
import type { ContactValue, PatchWithJob, PersonPatch, StardexPerson } from '../stardex/schemas';

/** What reading the person back says about each field a PATCH sent. */
export interface ReadBack {
  /** The person shows the value as sent. */
  shown: string[];
  /** The person shows something else. */
  differing: string[];
  /** A read does not return it (`address`, or a field this Stardex leaves out of `GET`). */
  unverifiable: string[];
}

type Check = (sent: never, person: StardexPerson) => boolean | null;

/** `true` when `current` holds `sent`, `false` when it holds something else, `null` when it was not returned. */
function textIn(current: string | null | undefined, sent: string): boolean | null {
  if (current === undefined) return null;
  return sameText(sent, current ?? '');
}

function contactIn(list: ContactValue[] | null | undefined, sent: string): boolean | null {
  if (list === undefined) return null;
  return (list ?? []).some((contact) => sameContact(contact.value, sent));
}

/** `emails` / `phone_numbers` replace the whole list, so the list must now be exactly what was sent. */
function sameList(list: ContactValue[] | null | undefined, sent: ContactValue[]): boolean | null {
  if (list === undefined) return null;
  const stored = list ?? [];
  return (
    stored.length === sent.length &&
    sent.every((contact) => stored.some((known) => sameContact(known.value, contact.value)))
  );
}

/** How a read shows a field of lib/fields.ts: under its read key, in a contact list, or not at all. */
function checkOf(field: Field): Check {
  if (field.format === 'profile-url') {
    return (sent: string, person) => {
      if (person.linkedin_public_id === undefined && person.linkedin_url === undefined) return null;
      return relationToProfile(person, sent) === 'same';
    };
  }
  if (field.group === 'contact') {
    const { readKey } = field;
    // `address` is documented for PATCH but not among the fields a read returns.
    if (readKey === null) return () => null;
    return (sent: string, person) => contactIn(person[readKey], sent);
  }
  const { readKey } = field;
  return (sent: string, person) => textIn(person[readKey], sent);
}

/** Every PATCH key, and how a `GET /v1/persons/{id}` shows it; `enrich_record` is an instruction, not a value. */
const CHECKS: Record<Exclude<keyof PersonPatch, 'enrich_record'>, Check> = {
  ...recordOf(ALL_FIELDS, (field) => field.patchKey, checkOf),
  ...recordOf(
    Object.keys(CONTACT_LISTS) as ContactListPatchKey[],
    (key) => key,
    (key): Check =>
      (sent: ContactValue[], person) =>
        sameList(person[CONTACT_LISTS[key].readKey], sent),
  ),
};

/** `job_id` put the person on that job: the read's `candidates[]` must show them there. */
const onJob: Check = (sent: string, person) =>
  person.candidates === undefined ? null : candidacyOn(person.candidates, sent) !== null;

/** Compares what a PATCH sent with the person as read afterwards. */
export function compareSentFields(patch: PatchWithJob, person: StardexPerson): ReadBack {
  const result: ReadBack = { shown: [], differing: [], unverifiable: [] };
  for (const [key, sent] of Object.entries(patch)) {
    if (key === 'enrich_record' || sent === undefined) continue;
    const check = key === 'job_id' ? onJob : (CHECKS[key as keyof typeof CHECKS] as Check | undefined);
    const verdict = check ? check(sent as never, person) : null;
    const list = verdict === null ? result.unverifiable : verdict ? result.shown : result.differing;
    list.push(key);
  }
  return result;
}

/** What confirmed a PATCH: Stardex's answer, or (its answer unreadable) the person read back. */
export type UpdateConfirmation = { by: 'answer' } | { by: 'read-back'; readBack: ReadBack; notice: string };

/**
 * Sends the PATCH. When Stardex answers 2xx with a body that neither confirms nor refuses it
 * (empty, HTML, cut off), the save is not reported as failed: the person is read back and the
 * sent fields compared. Shown as sent: done. Any shown differently: a retryable `not-applied`
 * error, so the outbox sends it again (PATCHing the same values twice is harmless).
 */
export async function updateAndConfirm(
  client: StardexClient,
  personId: string,
  patch: PatchWithJob,
): Promise<UpdateConfirmation> {
  try {
    await client.updatePerson(personId, patch);
    return { by: 'answer' };
  } catch (error) {
    if (!(error instanceof StardexError && error.unconfirmedWrite)) throw error;
    console.warn(`[stardex] unreadable answer to the PATCH of ${personId}: reading the person back`, error.detail);
    const readBack = compareSentFields(patch, await client.getPerson(personId));
    if (readBack.differing.length > 0) {
      throw new StardexError({
        kind: 'not-applied',
        status: error.status,
        message: `After an unreadable answer, the person does not show ${readBack.differing.join(', ')} as sent`,
        fields: readBack.differing,
        detail: `${error.detail}\n\nRead back: ${describeReadBack(readBack)}`,
      });
    }
    return { by: 'read-back', readBack, notice: readBackWords(readBack.shown, readBack.unverifiable) };
  }
}

function describeReadBack({ shown, differing, unverifiable }: ReadBack): string {
  return [
    shown.length > 0 ? `shown as sent: ${shown.join(', ')}` : null,
    differing.length > 0 ? `shown differently: ${differing.join(', ')}` : null,
    unverifiable.length > 0 ? `not returned by a read: ${unverifiable.join(', ')}` : null,
  ]
    .filter((part) => part !== null)
    .join('; ');
}
