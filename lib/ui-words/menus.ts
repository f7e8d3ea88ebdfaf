import { i18n } from '#i18n';

/** The right-click menus' titles. */
export const menuWords = {
  review: () => i18n.t('menus.review'),
  quickUpdate: () => i18n.t('menus.quickUpdate'),
  addSelectionAs: () => i18n.t('menus.addSelectionAs'),
  selectionNote: () => i18n.t('menus.selectionNote'),
  openLinkReview: () => i18n.t('menus.openLinkReview'),
  addToJob: () => i18n.t('menus.addToJob'),
  chooseJobInReview: () => i18n.t('menus.chooseJobInReview'),
};
