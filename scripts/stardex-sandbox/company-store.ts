import { randomUUID } from 'node:crypto';
import { companySlug } from '../../lib/linkedin/company-url';

/**
 * Companies as the sandbox keeps them, with the fields of Stardex's documented company record.
 * Fictional, like the persons; the seed's LinkedIn URLs are those of the fixture pages' current employers.
 */
export interface StoredCompany {
  id: string;
  name: string;
  domain: string | null;
  linkedin_url: string | null;
  linkedin_id: number | null;
  location: string | null;
  phone: string | null;
  description: string | null;
  is_client: boolean;
  client_status: { id: string; name: string } | null;
  do_not_contact: boolean;
  do_not_contact_metadata: { reason?: string; date?: string; set_by?: string } | null;
  created_at: string;
}

export type SeedCompany = Pick<StoredCompany, 'id' | 'name'> & Partial<Omit<StoredCompany, 'id' | 'name'>>;

export interface CompanyFilters {
  linkedinUrl?: string | undefined;
  domain?: string | undefined;
  keywords: readonly string[];
  isClient?: boolean | undefined;
  companyIds?: readonly string[] | undefined;
}

/** LinkedIn's numeric company id, when the URL uses one instead of a slug. */
function linkedinIdOf(url: string | null): number | null {
  const slug = url === null ? null : companySlug(url);
  return slug !== null && /^\d+$/.test(slug) ? Number(slug) : null;
}

function storedCompanyFromSeed(seed: SeedCompany): StoredCompany {
  return {
    domain: null,
    linkedin_url: null,
    linkedin_id: linkedinIdOf(seed.linkedin_url ?? null),
    location: null,
    phone: null,
    description: null,
    is_client: false,
    client_status: null,
    do_not_contact: false,
    do_not_contact_metadata: null,
    created_at: '2025-06-01T09:00:00.000Z',
    ...structuredClone(seed),
  };
}

/**
 * A client (Katrin's employer on 02-layout2025-fragment.html), a company marked do-not-contact (Hugo's
 * on 03-layout2024.html) and an ordinary one (Calla's on 01-layout2025-full.html).
 */
export const defaultCompanies: readonly SeedCompany[] = [
  {
    id: '0c0a0001-4d2e-4b8f-9a10-00000000c001',
    name: 'Nettlebrook Pharma',
    domain: 'nettlebrook.example',
    linkedin_url: 'https://www.linkedin.com/company/4334868/',
    is_client: true,
    client_status: { id: '0c5a0001-0000-4000-8000-000000000001', name: 'Active' },
  },
  {
    id: '0c0a0002-4d2e-4b8f-9a10-00000000c002',
    name: 'Lumenvale Optics',
    linkedin_url: 'https://www.linkedin.com/company/997419/',
    do_not_contact: true,
    do_not_contact_metadata: { reason: 'Non-solicit agreement', date: '2025-11-03' },
  },
  {
    id: '0c0a0003-4d2e-4b8f-9a10-00000000c003',
    name: 'Bluefen Insurance',
    linkedin_url: 'https://www.linkedin.com/company/94046/',
  },
];

export class CompanyStore {
  private companies: StoredCompany[] = [];

  replaceAll(seed: readonly SeedCompany[]): void {
    this.companies = seed.map(storedCompanyFromSeed);
  }

  get(id: string): StoredCompany | undefined {
    return this.companies.find((company) => company.id.toLowerCase() === id.toLowerCase());
  }

  /** Every given filter must hold; keywords each occur in the name (case-insensitive). Oldest first. */
  search(filters: CompanyFilters): StoredCompany[] {
    const wantedSlug = filters.linkedinUrl === undefined ? undefined : companySlug(filters.linkedinUrl);
    const ids = filters.companyIds?.map((id) => id.toLowerCase());
    return this.companies.filter(
      (company) =>
        (wantedSlug === undefined ||
          (company.linkedin_url !== null && companySlug(company.linkedin_url) === wantedSlug)) &&
        (filters.domain === undefined || company.domain?.toLowerCase() === filters.domain.trim().toLowerCase()) &&
        (filters.isClient === undefined || company.is_client === filters.isClient) &&
        (ids === undefined || ids.includes(company.id.toLowerCase())) &&
        filters.keywords.every((keyword) => company.name.toLowerCase().includes(keyword.trim().toLowerCase())),
    );
  }

  /** The id of the one company with exactly this name (case-insensitive); null for none or several. */
  idNamed(name: string): string | null {
    const named = this.companies.filter((company) => company.name.toLowerCase() === name.trim().toLowerCase());
    return named.length === 1 ? named[0]!.id : null;
  }

  /**
   * Sandbox decision, the dangerous reading of "create or update" (which key it matches on is not
   * documented): it always creates, so the same LinkedIn URL sent twice makes two companies. A client
   * that does not search first finds out here.
   */
  create(fields: Omit<SeedCompany, 'id'>): StoredCompany {
    const company = storedCompanyFromSeed({ ...fields, id: randomUUID(), created_at: new Date().toISOString() });
    this.companies.push(company);
    return company;
  }
}
