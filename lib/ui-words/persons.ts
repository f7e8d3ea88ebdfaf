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
