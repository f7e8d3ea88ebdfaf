import { i18n } from '#i18n';

/** The refusals of a save reviewed on a lead or candidate page without a public URL (lib/persons/page-person-guard.ts). */

export const notConfirmedPersonWords = () => i18n.t('pagePerson.notConfirmed');

export const linkedinUrlOnLeadWords = () => i18n.t('pagePerson.linkedinUrlNotShown');
