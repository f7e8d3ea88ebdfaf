import { i18n } from '#i18n';
import { API_KEY_LOCATION } from '../settings/settings';

/** Options' form, its first steps and its status line (components/OptionsForm.tsx, entrypoints/options/). */
export const optionsWords = {
  title: () => i18n.t('options.title'),
  apiKey: () => i18n.t('options.apiKey'),
  savedKey: (hint: string | null) => i18n.t('options.savedKey', { hint: hint ?? '' }),
  keyForOrigin: (origin: string) => i18n.t('options.keyForOrigin', { origin }),
  pasteKey: () => i18n.t('options.pasteKey'),
  keyStays: () => i18n.t('options.keyStays', { keyLocation: API_KEY_LOCATION }),
  keyForOtherOrigin: (hint: string | null, keyOrigin: string, origin: string) =>
    i18n.t('options.keyForOtherOrigin', { hint: hint ?? '', keyOrigin, origin }),
  baseUrl: () => i18n.t('options.baseUrl'),
  notStardexHost: (host: string) => i18n.t('options.notStardexHost', { host }),
  onlyFillEmpty: () => i18n.t('options.onlyFillEmpty'),
  badgeLookup: () => i18n.t('options.badgeLookup'),
  badgeLookupHint: () => i18n.t('options.badgeLookupHint'),
  reviewOpensIn: () => i18n.t('options.reviewOpensIn'),
  opensInPopup: () => i18n.t('options.opensInPopup'),
  opensInSidePanel: () => i18n.t('options.opensInSidePanel'),
  save: () => i18n.t('options.save'),
  testConnection: () => i18n.t('options.testConnection'),
  gettingStarted: () => i18n.t('options.gettingStarted'),
  firstSteps: () => [
    i18n.t('options.stepKey', { keyLocation: API_KEY_LOCATION }),
    i18n.t('options.stepBadge', { badgeLookup: i18n.t('options.badgeLookup') }),
    i18n.t('options.stepReview'),
  ],
  checking: () => i18n.t('options.checking'),
  removing: () => i18n.t('options.removing'),
  retrying: () => i18n.t('options.retrying'),
  /** After "Retry all": every failed save sent again, or how many still failed. */
  retried: (stillFailed: number) =>
    stillFailed === 0 ? i18n.t('options.allSent') : i18n.t('options.stillFailed', { count: String(stillFailed) }),
  keyRemoved: () => i18n.t('options.keyRemoved'),
  dataCleared: () => i18n.t('options.dataCleared'),
};

/** Options' "Saved data" (components/SavedDataControls.tsx). */
export const savedDataWords = {
  label: () => i18n.t('savedData.label'),
  setAside: (count: number) => i18n.t('savedData.setAside', { count: String(count) }),
  failedSaves: (count: number) => i18n.t('savedData.failedSaves', { count: String(count) }),
  retryAll: () => i18n.t('savedData.retryAll'),
  removeSummary: () => i18n.t('savedData.removeSummary'),
  removeKey: () => i18n.t('savedData.removeKey'),
  removeKeyQuestion: () => i18n.t('savedData.removeKeyQuestion'),
  removeKeyConfirm: () => i18n.t('savedData.removeKeyConfirm'),
  clear: () => i18n.t('savedData.clear'),
  /** `unsentSaves` is null while the count is unknown. */
  clearQuestion: (unsentSaves: number | null) =>
    i18n.t('savedData.clearQuestion', {
      unsent:
        unsentSaves === null
          ? i18n.t('savedData.unsent')
          : i18n.t('savedData.unsentCount', { count: String(unsentSaves) }),
    }),
  clearConfirm: () => i18n.t('savedData.clearConfirm'),
  cancel: () => i18n.t('savedData.cancel'),
};
