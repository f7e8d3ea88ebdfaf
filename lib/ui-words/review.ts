import { i18n } from '#i18n';

/** The review's status line and the popup's own states, before and after a save. */

export const reviewTitleWords = () => i18n.t('review.title');
export const readingPageWords = () => i18n.t('review.readingPage');
export const pageStillLoadingWords = (reason: string) => i18n.t('review.pageStillLoading', { reason });
export const profileUrlUnknownWords = () => i18n.t('review.profileUrlUnknown');
export const openOptionsWords = () => i18n.t('review.openOptions');
export const creatingWords = () => i18n.t('review.creating');
export const savingWords = () => i18n.t('review.saving');
/** `tooLong`: the note's own limit sentence (lib/notes.ts). */
export const noteTooLongNoDraftWords = (tooLong: string) => i18n.t('review.noteTooLongNoDraft', { tooLong });
export const editsNotKeptWords = (reason: string) => i18n.t('review.editsNotKept', { reason });
export const lookingUpWords = () => i18n.t('review.lookingUp');
export const notInStardexWords = () => i18n.t('review.notInStardex');
export const severalMatchWords = () => i18n.t('review.severalMatch');
export const readingRecordWords = () => i18n.t('review.readingRecord');
export const fixContactsWords = () => i18n.t('review.fixContacts');
/** `label`: the field's label in lib/fields.ts. */
export const reviewFieldTooLongWords = (label: string, length: number, max: number) =>
  i18n.t('review.fieldTooLong', { field: label.toLowerCase(), length: String(length), max: String(max) });
export const nothingToUpdateWords = () => i18n.t('review.nothingToUpdate');

/** `placing`: the save also puts the person on a job, a stage or a list. */
export function readyToUpdateWords(fieldCount: number, placing: boolean): string {
  return i18n.t('review.readyToUpdate', {
    count: String(fieldCount),
    placing: placing ? i18n.t('review.andPlacements') : '',
  });
}
