import { i18n } from '#i18n';

/** The review's status line and the popup's own states, before and after a save. */

export const reviewTitleWords = () => i18n.t('review.title');
export const readingPageWords = () => i18n.t('review.readingPage');
export const pageStillLoadingWords = (reason: string) => i18n.t('review.pageStillLoading', { reason });
export const profileUrlUnknownWords = () => i18n.t('review.profileUrlUnknown');
export const openOptionsWords = () => i18n.t('review.openOptions');
export const creatingWords = () => i18n.t('review.creating');
export const savingWords = () => i18n.t('review.saving');
export const phoneProblemWords = () => i18n.t('review.phoneProblem');
export const emailProblemWords = () => i18n.t('review.emailProblem');
export const selectionNotAddedWords = (label: string, problem: string) =>
  i18n.t('review.selectionNotAdded', { label, problem });
export const selectionTooLongWords = (label: string) => i18n.t('review.selectionTooLong', { label });
export const selectionNoteTooLongWords = (length: number, max: number) =>
  i18n.t('review.selectionNoteTooLong', { length: String(length), max: String(max) });
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

/** The review form of a profile (entrypoints/popup/ReviewForm.tsx) and the components it shows. */
export const reviewFormWords = {
  label: () => i18n.t('reviewForm.label'),
  onlyFillEmpty: () => i18n.t('reviewForm.onlyFillEmpty'),
  note: () => i18n.t('reviewForm.note'),
  enrich: () => i18n.t('reviewForm.enrich'),
  save: () => i18n.t('reviewForm.save'),
  saveShortcut: () => i18n.t('reviewForm.saveShortcut'),
  discardEdits: () => i18n.t('reviewForm.discardEdits'),
  linkOther: () => i18n.t('reviewForm.linkOther'),
  contactDetails: () => i18n.t('reviewForm.contactDetails'),
  columnPage: () => i18n.t('reviewForm.columnPage'),
  columnUpdate: () => i18n.t('reviewForm.columnUpdate'),
  columnStardex: () => i18n.t('reviewForm.columnStardex'),
  /** The field's checkbox, named after its field so a screen reader says which value it sends. */
  updateField: (label: string) => i18n.t('reviewForm.updateField', { label }),
  notFoundOnPage: () => i18n.t('reviewForm.notFoundOnPage'),
  experienceNotShown: () => i18n.t('reviewForm.experienceNotShown'),
  readAgain: (reading: boolean) => i18n.t(reading ? 'reviewForm.reading' : 'reviewForm.readAgain'),
  severalMatch: () => i18n.t('reviewForm.severalMatch'),
  create: () => i18n.t('reviewForm.create'),
  /** `person`: the person in one line (lib/ui-words/persons.ts). */
  inStardex: (person: string, linked: boolean) =>
    i18n.t(linked ? 'reviewForm.inStardexLinked' : 'reviewForm.inStardex', { person }),
  unlink: () => i18n.t('reviewForm.unlink'),
  findLabel: () => i18n.t('reviewForm.findLabel'),
  search: () => i18n.t('reviewForm.search'),
  nobodyMatches: (query: string) => i18n.t('reviewForm.nobodyMatches', { query }),
  link: () => i18n.t('reviewForm.link'),
  linkTo: (name: string) => i18n.t('reviewForm.linkTo', { name }),
  /** `person`: the person in one line (lib/ui-words/persons.ts); `url`: the legacy address the record stores. */
  legacyUrlQuestion: (person: string, url: string) => i18n.t('reviewForm.legacyUrlQuestion', { person, url }),
  legacyUrlConfirm: () => i18n.t('reviewForm.legacyUrlConfirm'),
  legacyUrlCancel: () => i18n.t('reviewForm.legacyUrlCancel'),
  noTab: () => i18n.t('reviewForm.noTab'),
  notATabId: (param: string) => i18n.t('reviewForm.notATabId', { param }),
};

/** Why the page could not be read (yet): the review shows it and offers to read again. */
export const previousProfileStillShownWords = () => i18n.t('review.previousProfileStillShown');
export const openAProfileWords = () => i18n.t('review.openAProfile');
export const pageAnsweredUnexpectedlyWords = (detail: string) => i18n.t('review.pageAnsweredUnexpectedly', { detail });
