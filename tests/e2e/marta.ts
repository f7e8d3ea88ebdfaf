import type { SeedPerson } from '../../scripts/stardex-sandbox/server';

/** Marta Kowalczyk-Brzezińska's Sales Navigator lead page: no link to a public profile. */
export const MARTA_LEAD_FILE = '33-sales-navigator-2026-no-link.html';

/** Marta's Stardex record at the lead's company: the person a user confirms for the lead. */
export const martaAtJodlowa: SeedPerson = {
  id: '5b0e7c1d-2a3f-4b5c-8d6e-7f8091a2b3c4',
  name: 'Marta Kowalczyk-Brzezińska',
  first_name: 'Marta',
  last_name: 'Kowalczyk-Brzezińska',
  current_job_title: 'Head of Talent',
  current_company_name: 'Jodłowa Energia',
};
