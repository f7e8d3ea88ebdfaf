import { i18n } from '#i18n';
import type { SaveOutcome } from '../messaging/protocol';
import { failureWords } from './failures';

type NotSaved = Extract<SaveOutcome, { status: 'partly-saved' }>['notSaved'];

/** The part of a save Stardex refused, with its reason; it waits in the outbox for Retry or Discard. */
export function notSavedWords({ parts, failure }: NotSaved): string {
  return i18n.t('saves.notSaved', { parts: parts.join(', '), failure: failureWords(failure) });
}
