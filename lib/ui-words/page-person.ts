import { i18n } from '#i18n';
import type { PagePerson } from '../persons/page-person';

/** A person a LinkedIn page names by its own id (Sales Navigator lead, Recruiter candidate), not by a public URL. */

const PRODUCT_WORDS = {
  'sales-navigator-lead': 'pagePerson.salesNavigator',
  'recruiter-candidate': 'pagePerson.recruiter',
  'linkedin-member': 'pagePerson.linkedinMember',
} as const;

export const pagePersonWords = {
  title: (kind: PagePerson['kind']) => i18n.t('pagePerson.title', { product: i18n.t(PRODUCT_WORDS[kind]) }),
  valuesCaption: () => i18n.t('pagePerson.valuesCaption'),
  /** A value the page does not show: the LinkedIn URL is unknown there, any other is not on it. */
  notShown: (isUrl: boolean) => i18n.t(isUrl ? 'pagePerson.urlUnknown' : 'pagePerson.notFound'),
  /** `person`: the person in one line (lib/ui-words/persons.ts). */
  linked: (person: string) => i18n.t('pagePerson.linked', { person }),
  notThisPerson: () => i18n.t('pagePerson.notThisPerson'),
  candidates: (company: string | null) =>
    company ? i18n.t('pagePerson.candidatesAtCompany', { company }) : i18n.t('pagePerson.candidatesByName'),
  confirm: () => i18n.t('pagePerson.confirm'),
  noneByName: () => i18n.t('pagePerson.noneByName'),
  removedLink: (name: string | null) => i18n.t('pagePerson.removedLink', { name: name ?? '?' }),
  noCreate: () => i18n.t('pagePerson.noCreate'),
  save: () => i18n.t('pagePerson.save'),
  noLinkedinUrl: () => i18n.t('pagePerson.noLinkedinUrl'),
};

/** The refusals of a save reviewed on a lead or candidate page without a public URL (lib/persons/page-person-guard.ts). */

export const notConfirmedPersonWords = () => i18n.t('pagePerson.notConfirmed');

export const linkedinUrlOnLeadWords = () => i18n.t('pagePerson.linkedinUrlNotShown');
