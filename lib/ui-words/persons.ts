import { i18n } from '#i18n';
import type { PersonSummary } from '../messaging/protocol';

/** "CTO at Acme": a role in words, or whichever half of it is known. */
export function roleWords(title: string | null | undefined, company: string | null | undefined): string | null {
  if (title && company) return i18n.t('persons.roleAtCompany', { title, company });
  return title || company || null;
}

/** "Jane Doe — CTO at Acme", or whatever part of it Stardex has. */
export function describePerson(person: PersonSummary): string {
  const name = person.name ?? i18n.t('persons.unnamed');
  const about = roleWords(person.current_job_title, person.current_company_name) ?? person.emails?.[0]?.value;
  return about ? i18n.t('persons.line', { name, about }) : name;
}

/** Why a link made by hand no longer holds: the person was deleted, names another profile, or an unconfirmed older address. */
export type BrokenLinkReason = 'deleted' | 'other-profile' | 'legacy-unconfirmed';

/** What the review says of a broken link; `removed` when the review removed it. */
export function brokenLinkWords(reason: BrokenLinkReason, named: string, removed: boolean): string {
  if (reason === 'deleted') {
    return removed ? i18n.t('persons.linkedDeletedRemoved', { named }) : i18n.t('persons.linkedDeleted', { named });
  }
  if (reason === 'other-profile') {
    return removed
      ? i18n.t('persons.linkedOtherProfileRemoved', { named })
      : i18n.t('persons.linkedOtherProfile', { named });
  }
  return removed
    ? i18n.t('persons.linkedLegacyUnconfirmedRemoved', { named })
    : i18n.t('persons.linkedLegacyUnconfirmed', { named });
}
