import type { ContactValue } from '../../lib/stardex/schemas';
import type { StoredCandidate } from './placement-store';

/** A person as the sandbox stores it. Everything except `id` and `name` may be left out of a seed. */
export interface StoredPerson {
  id: string;
  name: string;
  first_name: string | null;
  last_name: string | null;
  linkedin_public_id: string | null;
  linkedin_url: string | null;
  linkedin_headline: string | null;
  linkedin_location: string | null;
  current_job_title: string | null;
  current_company_name: string | null;
  address: string | null;
  emails: ContactValue[];
  phones: ContactValue[];
  notes: string | null;
  external_source_id: string | null;
  /** Posted with `POST /v1/person-activities`; not part of the person's public view. */
  activities: { activity_type: string; activity_content: string }[];
  /** The jobs the person is on: added by `job_id` on create or PATCH, moved by update-stage. */
  candidates: StoredCandidate[];
}

export type SeedPerson = Pick<StoredPerson, 'id' | 'name'> & Partial<Omit<StoredPerson, 'id' | 'name'>>;

export function storedPersonFromSeed(seed: SeedPerson): StoredPerson {
  return {
    first_name: null,
    last_name: null,
    linkedin_public_id: null,
    linkedin_url: null,
    linkedin_headline: null,
    linkedin_location: null,
    current_job_title: null,
    current_company_name: null,
    address: null,
    emails: [],
    phones: [],
    notes: null,
    external_source_id: null,
    activities: [],
    candidates: [],
    ...structuredClone(seed),
  };
}

/**
 * Fictional people only. Matches the LinkedIn fixtures in tests/fixtures/linkedin (the starter set, tests/fixtures/linkedin/STARTER-SET.md) so the
 * demo shows every state: differing fields (Calla), up to date (Katrin), sparse record (Hugo),
 * legacy duplicates (Greta) and a namesake that must not match (the second Calla). Mireille, Soren,
 * Maël, Wiebke, Layla and Ilse are deliberately absent ("not in Stardex").
 */
export const defaultSeed: readonly SeedPerson[] = [
  {
    id: '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01',
    name: 'Calla Northallen',
    first_name: 'Calla',
    last_name: 'Northallen',
    linkedin_public_id: 'calla-northallen-2da20053',
    linkedin_url: 'https://www.linkedin.com/in/calla-northallen-2da20053/',
    linkedin_location: 'Pinecrest Hollow, Oregon, United States',
    current_job_title: 'Recruiter',
    current_company_name: 'Bluefen Mutual',
    emails: [
      { contact_data_type: 'work', value: 'calla.northallen@bluefen-mutual.example' },
      { contact_data_type: 'personal', value: 'calla.n@mailbox.example' },
    ],
    phones: [{ contact_data_type: 'mobile', value: '+1 503 555 0142' }],
  },
  {
    id: '9b2e4f71-0c3a-4d5e-8f61-2a7b9c0d1e02',
    name: 'Katrin Quennerby',
    first_name: 'Katrin',
    last_name: 'Quennerby',
    linkedin_public_id: 'katrin-quennerby-ea93508d',
    linkedin_url: 'https://www.linkedin.com/in/katrin-quennerby-ea93508d/',
    linkedin_headline: 'Data Platforms · QA Engineer · Security & Leadership',
    linkedin_location: 'Lindqvarn, Stockholm County, Sweden',
    current_job_title: 'QA Engineer',
    current_company_name: 'Nettlebrook Pharma',
    emails: [{ contact_data_type: 'work', value: 'katrin.quennerby@nettlebrook.example' }],
  },
  {
    id: 'c4d8a1b2-5e6f-4a70-9b81-3c2d4e5f6a03',
    name: 'Hugo Vesterholm',
    first_name: 'Hugo',
    last_name: 'Vesterholm',
    linkedin_public_id: 'hugo-vesterholm-c76869bc',
    linkedin_url: 'https://www.linkedin.com/in/hugo-vesterholm-c76869bc/',
  },
  {
    id: 'e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e604',
    name: 'Greta Falkenried',
    first_name: 'Greta',
    last_name: 'Falkenried',
    linkedin_public_id: 'greta-falkenried-e4bfad7b',
    linkedin_url: 'https://www.linkedin.com/in/greta-falkenried-e4bfad7b/',
    current_job_title: 'Senior Designer',
    current_company_name: 'Juniper & Vail',
    external_source_id: 'legacy-import-0412',
  },
  {
    id: 'f7a8b9c0-d1e2-4f30-8a41-b5c6d7e8f905',
    name: 'Greta Falkenried',
    first_name: 'Greta',
    last_name: 'Falkenried',
    // A pre-uniqueness import kept the URL's original spelling.
    linkedin_public_id: 'Greta-Falkenried-E4BFAD7B',
    linkedin_url: 'http://linkedin.com/in/Greta-Falkenried-E4BFAD7B',
    emails: [{ contact_data_type: 'personal', value: 'greta.falkenried@postbox.example' }],
    external_source_id: 'legacy-import-0977',
  },
  {
    id: '2a3b4c5d-6e7f-4081-92a3-b4c5d6e7f806',
    name: 'Calla Northallen',
    first_name: 'Calla',
    last_name: 'Northallen',
    linkedin_public_id: 'calla-northallen-b7731c02',
    linkedin_url: 'https://www.linkedin.com/in/calla-northallen-b7731c02/',
    current_job_title: 'Pastry Chef',
    current_company_name: 'Harrowgate Bakehouse',
  },
  {
    id: '5d6e7f80-9a1b-4c2d-8e3f-a0b1c2d3e407',
    name: 'Orla Penhallow',
    first_name: 'Orla',
    last_name: 'Penhallow',
    current_job_title: 'Chief Financial Officer',
    current_company_name: 'Saltmarsh Freight',
    emails: [{ contact_data_type: 'work', value: 'orla.penhallow@saltmarsh.example' }],
    phones: [{ contact_data_type: 'work', value: '+44 20 7946 0321' }],
  },
];
