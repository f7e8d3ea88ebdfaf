import type { SeedPerson } from '../../scripts/stardex-sandbox/server';

/** Calla Northallen of fixture 01-layout2025-full.html, the profile most real-browser tests use. */
export const CALLA_FILE = '01-layout2025-full.html';
export const CALLA_ID = '0b6f7c1e-3a52-4d0e-9a77-1c2d3e4f5a61';
export const CALLA_SLUG = 'calla-northallen-2da20053';
export const CALLA_PAGE = {
  headline: 'Healthcare AI · Technical Recruiter · Mentor',
  location: 'Pinecrest Hollow, Oregon, United States',
  title: 'Technical Recruiter',
  company: 'Bluefen Insurance',
};

/** Calla's Stardex record holding exactly what her page shows, with `differences` laid over it. */
export function callaInStardex(differences: Partial<SeedPerson> = {}): SeedPerson {
  return {
    id: CALLA_ID,
    name: 'Calla Northallen',
    first_name: 'Calla',
    last_name: 'Northallen',
    linkedin_public_id: CALLA_SLUG,
    linkedin_url: `https://www.linkedin.com/in/${CALLA_SLUG}/`,
    linkedin_headline: CALLA_PAGE.headline,
    linkedin_location: CALLA_PAGE.location,
    current_job_title: CALLA_PAGE.title,
    current_company_name: CALLA_PAGE.company,
    ...differences,
  };
}
