import { i18n } from '#i18n';
import type { Failure } from '../failure';
import { failureWords } from './failures';

/** What a save or a create did, and what each outbox entry sends, in the words the review and outbox list show. */

/** `name` is null when Stardex's answer named no one. */
export const createdWords = (name: string | null) =>
  i18n.t('saved.created', { name: name ?? i18n.t('saved.theNewPerson') });

export const createdAnswerLostWords = () => i18n.t('saved.createdAnswerLost');

/** "Saved to Stardex: updated 2 field(s); list "Shortlist"." with the read-back notice, when there was one. */
export function updatedWords(fieldCount: number, placed: readonly string[] | null, notice: string | null): string {
  return i18n.t('saved.updated', {
    count: String(fieldCount),
    placed: placed ? `; ${placed.join(', ')}` : '',
    notice: notice ? ` ${notice}` : '',
  });
}

export const alreadyInListWords = (list: string) => i18n.t('saved.alreadyInList', { list });

/**
 * After an unreadable answer, what reading the person back showed: the fields shown as sent, and those a read
 * does not return, which nothing contradicts but nothing confirms either, so the user should look.
 */
export function readBackWords(shown: readonly string[], unverifiable: readonly string[]): string {
  return i18n.t('saved.readBack', {
    shown: shown.length > 0 ? i18n.t('saved.readBackShown', { fields: shown.join(', ') }) : '',
    unchecked:
      unverifiable.length > 0
        ? i18n.t('saved.readBackUnchecked', {
            separator: shown.length > 0 ? ';' : ':',
            fields: unverifiable.join(', '),
          })
        : '',
  });
}

export const stageStepWords = (stage: string, job: string) => i18n.t('saved.stepStage', { stage, job });
export const listStepWords = (list: string) => i18n.t('saved.stepList', { list });
export const companyStepWords = (company: string) => i18n.t('saved.stepCompany', { company });
export const jobStepWords = (job: string) => i18n.t('saved.stepJob', { job });
export const noteStepWords = () => i18n.t('saved.stepNote');

/** A save's part Stardex refused (lib/messaging/protocol.ts `notSaved`), with the failure that stopped it. */
interface NotSaved {
  parts: readonly string[];
  failure: Failure;
}

/** The part of a save Stardex refused, with its reason; it waits in the outbox for Retry or Discard. */
export function notSavedWords({ parts, failure }: NotSaved): string {
  return i18n.t('saves.notSaved', { parts: parts.join(', '), failure: failureWords(failure) });
}

/** Options, when stored settings were damaged and now read as their defaults. */
export function settingsResetWords(names: readonly string[]): string {
  return i18n.t('saves.settingsReset', { names: names.join(', ') });
}
/** A list run's own steps (issue 21): a person's create, and the run's one list request. */
export const createStepWords = () => i18n.t('peopleListRun.stepCreate');
export const listBatchStepWords = (list: string, count: number) =>
  i18n.t('peopleListRun.stepListBatch', { list, count: String(count) });

/** The saves of this profile not yet in Stardex (components/PendingSaves.tsx). */
export const pendingSavesWords = {
  label: () => i18n.t('pendingSaves.label'),
  /** The disclosure of a failure's raw detail, under a save or a status line. */
  details: () => i18n.t('pendingSaves.details'),
  retryNow: () => i18n.t('pendingSaves.retryNow'),
  discard: () => i18n.t('pendingSaves.discard'),
  elsewhere: (count: number) => i18n.t('pendingSaves.elsewhere', { count: String(count) }),
  retryAll: (count: number) => i18n.t('pendingSaves.retryAll', { count: String(count) }),
  setAside: (count: number) => i18n.t('pendingSaves.setAside', { count: String(count) }),
};
