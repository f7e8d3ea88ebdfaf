import { i18n } from '#i18n';
import type { SaveOutcome } from '../messaging/protocol';
import { failureWords } from './failures';

type NotSaved = Extract<SaveOutcome, { status: 'partly-saved' }>['notSaved'];

/** The part of a save Stardex refused, with its reason; it waits in the outbox for Retry or Discard. */
export function notSavedWords({ parts, failure }: NotSaved): string {
  return i18n.t('saves.notSaved', { parts: parts.join(', '), failure: failureWords(failure) });
}

/** Options, when stored settings were damaged and now read as their defaults. */
export function settingsResetWords(names: readonly string[]): string {
  return i18n.t('saves.settingsReset', { names: names.join(', ') });
}
