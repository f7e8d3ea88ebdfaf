import type { PersonSummary } from '@/lib/messaging/protocol';

/** "Jane Doe — CTO at Acme", or whatever part of it Stardex has. */
export function describePerson(person: PersonSummary): string {
  const role = [person.current_job_title, person.current_company_name].filter(Boolean).join(' at ');
  const email = person.emails?.[0]?.value;
  return [person.name ?? 'Unnamed person', role || email].filter(Boolean).join(' — ');
}
