import { i18n } from '#i18n';

/**
 * The sentences of the extension's own refusals (RefusalError, lib/failure.ts): what a check found and what to
 * do. The check words its refusal when it refuses, so the record it stores (`refused`) carries these words.
 */

export const tabMovedOnWords = () => i18n.t('refusal.tabMovedOn');

export const personIsOtherProfileWords = (named: string) => i18n.t('refusal.personIsOtherProfile', { named });

export const legacyUrlNotConfirmedWords = (url: string) => i18n.t('refusal.legacyUrlNotConfirmed', { url });

export const urlNotReviewedWords = (url: string, reviewedUrl: string) =>
  i18n.t('refusal.urlNotReviewed', { url, reviewedUrl });

export const severalHaveProfileWords = () => i18n.t('refusal.severalHaveProfile');

export const readIsAnotherPersonWords = (readId: string, personId: string) =>
  i18n.t('refusal.readIsAnotherPerson', { readId, personId });

/** `label`: the field's label in lib/fields.ts. */
export const fieldTooLongWords = (label: string, length: number, max: number) =>
  i18n.t('refusal.fieldTooLong', { field: label.toLowerCase(), length: String(length), max: String(max) });

export const outboxFullWords = (capacity: number) => i18n.t('refusal.outboxFull', { capacity: String(capacity) });

export const alreadySentWords = () => i18n.t('refusal.alreadySent');

export const beingSentWords = () => i18n.t('refusal.beingSent');

export const storedValueDamagedWords = (name: string, issues: string) =>
  i18n.t('refusal.storedValueDamaged', { name, issues });

export const storageFullWords = () => i18n.t('refusal.storageFull');

export const apiKeyInvalidWords = () => i18n.t('refusal.apiKeyInvalid');

export const savedBaseUrlInvalidWords = () => i18n.t('refusal.savedBaseUrlInvalid');

/** A job or list step refused; `personName` is null when the outbox entry does not know the name. */
export function notOnJobWords(personName: string | null, job: string): string {
  return i18n.t('refusal.notOnJob', { who: personName ?? i18n.t('refusal.thisPerson'), job });
}

export function notAddedToListWords(personName: string | null, list: string, reason: string | null): string {
  return i18n.t('refusal.notAddedToList', {
    who: personName ?? i18n.t('refusal.thisPerson'),
    list,
    reason: reason ?? i18n.t('refusal.noReasonGiven'),
  });
}

export const jobOrStageGoneWords = (job: string, stage: string, reason: string) =>
  i18n.t('refusal.jobOrStageGone', { job, stage, reason });

export const listGoneWords = (list: string, reason: string) => i18n.t('refusal.listGone', { list, reason });

/** IndexedDB failed without an error of its own (lib/storage/extension-database.ts). */
export const databaseCannotOpenWords = (name: string) => i18n.t('refusal.databaseCannotOpen', { name });
export const databaseRefusedWords = (name: string) => i18n.t('refusal.databaseRefused', { name });

/** Why an API base URL typed in Options is refused (lib/settings/settings.ts `validateBaseUrl`). */
export const baseUrlWords = {
  notUrl: (example: string) => i18n.t('options.baseUrlNotUrl', { example }),
  notHttps: () => i18n.t('options.baseUrlNotHttps'),
  extras: () => i18n.t('options.baseUrlExtras'),
};
