import { i18n } from '#i18n';

/** The review's jobs, stage and lists (components/PlacementPicker.tsx) and its search boxes (components/Combobox.tsx). */
export const placementWords = {
  legend: () => i18n.t('placements.legend'),
  currentJobs: () => i18n.t('placements.currentJobs'),
  /** A job the person is on; `job` and `stage` are null when Stardex did not name them. */
  candidacy: (job: string | null | undefined, stage: string | null | undefined, archived: boolean) =>
    i18n.t(archived ? 'placements.candidacyArchived' : 'placements.candidacy', {
      job: job ?? i18n.t('placements.aJob'),
      stage: stage ?? i18n.t('placements.noStage'),
    }),
  addToJob: () => i18n.t('placements.addToJob'),
  noJobMatches: () => i18n.t('placements.noJobMatches'),
  alreadyOnJob: (stage: string | null | undefined) =>
    i18n.t('placements.alreadyOnJob', { stage: stage ?? i18n.t('placements.noStage') }),
  stage: () => i18n.t('placements.stage'),
  /** The stage list's first choice: the person's stage stays, or Stardex sets its first. */
  defaultStage: (onJob: boolean) => i18n.t(onJob ? 'placements.keepStage' : 'placements.firstStage'),
  addToList: () => i18n.t('placements.addToList'),
  noListMatches: () => i18n.t('placements.noListMatches'),
  listSize: (count: number) => i18n.t('placements.listSize', { count: String(count) }),
  searchFailed: (reason: string) => i18n.t('placements.searchFailed', { reason }),
  stagesFailed: (reason: string) => i18n.t('placements.stagesFailed', { reason }),
  typeToSearch: () => i18n.t('placements.typeToSearch'),
  clear: (label: string) => i18n.t('placements.clear', { label }),
  searching: () => i18n.t('placements.searching'),
};
