import { canonicalCompanyUrl, companySlug, sameCompany } from '../linkedin/company-url';
import type { StardexClient } from '../stardex/client';
import { recentCompaniesItem } from '../storage/items';
import { StoredValueError } from '../storage/validated-item';
import type { CompanyLookup } from './company-lookup';
import type { StardexCompany } from './company-schema';
import { offLimitsReasons } from './off-limits';

/**
 * Finds the current company in Stardex: by its LinkedIn company URL first, else by its exact name.
 * Every request goes through the client's pacing (lib/stardex/request-pacing.background.ts), so company
 * lookups count against the same 60 requests a minute as the badge, the review and the outbox. Answers
 * are kept per company in storage.session for COMPANY_TTL_MS, so ten profiles at one employer cost one lookup.
 */

/** Like the badge's person lookups (lib/badge/badge-memory.background.ts): a few minutes. */
const COMPANY_TTL_MS = 5 * 60_000;
/** Enough for duplicates of one company (search-before-create is not everyone's habit) to all be seen. */
const SEARCH_LIMIT = 25;

export interface CompanyQuery {
  /** The company's LinkedIn page as the profile links it; null when the page links none. */
  linkedinUrl: string | null;
  /** The company's name as the review shows it. */
  name: string | null;
}

/** The cache key of a query: the company's LinkedIn page when known, else its name. Null: nothing to look up. */
function keyOf(query: CompanyQuery): string | null {
  const slug = query.linkedinUrl ? companySlug(query.linkedinUrl) : null;
  if (slug) return `url:${slug}`;
  const name = query.name?.trim().toLowerCase();
  return name ? `name:${name}` : null;
}

async function readMemory() {
  try {
    return await recentCompaniesItem.getValue();
  } catch (error) {
    if (!(error instanceof StoredValueError)) throw error;
    // Damaged memory only costs a lookup: dropped, and said so.
    console.warn('[stardex] remembered company lookups were unreadable; starting afresh', error);
    await recentCompaniesItem.removeValue();
    return {};
  }
}

let writes: Promise<unknown> = Promise.resolve();
/** One change at a time, so two lookups finishing together keep both answers. */
function remember(key: string, lookup: CompanyLookup): Promise<void> {
  const write = writes.then(async () => {
    const now = Date.now();
    const fresh = Object.entries(await readMemory()).filter(([, kept]) => now - kept.at < COMPANY_TTL_MS);
    await recentCompaniesItem.setValue({ ...Object.fromEntries(fresh), [key]: { lookup, at: now } });
  });
  writes = write.catch(() => undefined);
  return write;
}

/** After "Add company to Stardex" the next look must ask Stardex again. */
export function forgetCompanyLookups(): Promise<void> {
  const write = writes.then(() => recentCompaniesItem.removeValue());
  writes = write.catch(() => undefined);
  return write;
}

async function remembered(key: string): Promise<CompanyLookup | null> {
  const kept = (await readMemory())[key];
  return kept && Date.now() - kept.at < COMPANY_TTL_MS ? kept.lookup : null;
}

/** Several records for one company (duplicates): an off-limits one wins, so no duplicate hides a warning. */
function mostRestrictive(companies: readonly StardexCompany[]): StardexCompany | null {
  return companies.find((company) => offLimitsReasons(company, null).length > 0) ?? companies[0] ?? null;
}

/** LinkedIn's numeric id of a company URL, when it uses one. */
function numericId(url: string): string | null {
  const slug = companySlug(url);
  return slug !== null && /^\d+$/.test(slug) ? slug : null;
}

/**
 * A hit names the page's company when its stored LinkedIn URL does, or its `linkedin_id` is the URL's
 * numeric id. How Stardex matches `linkedin_url` is not documented, so a hit is not trusted unchecked.
 */
function namesCompany(company: StardexCompany, url: string): boolean {
  if (company.linkedin_url && sameCompany(company.linkedin_url, url)) return true;
  const id = numericId(url);
  return id !== null && company.linkedin_id != null && String(company.linkedin_id) === id;
}

async function searchByUrl(client: StardexClient, url: string): Promise<StardexCompany | null> {
  const hits = await client.searchCompanies({ linkedin_url: url, limit: SEARCH_LIMIT });
  return mostRestrictive(hits.filter((company) => namesCompany(company, url)));
}

/** Exact name, case and outer spaces aside; a record linked to another LinkedIn company is another company. */
async function searchByName(client: StardexClient, name: string, url: string | null): Promise<StardexCompany | null> {
  const wanted = name.trim().toLowerCase();
  const hits = await client.searchCompanies({ keywords: [name.trim()], limit: SEARCH_LIMIT });
  const named = hits.filter(
    (company) =>
      company.name.trim().toLowerCase() === wanted &&
      !(url && company.linkedin_url && companySlug(company.linkedin_url) && !sameCompany(company.linkedin_url, url)),
  );
  return mostRestrictive(named);
}

/** Asks Stardex (no memory): by URL first, then by exact name. */
export async function findCompany(client: StardexClient, query: CompanyQuery): Promise<CompanyLookup> {
  const url = query.linkedinUrl ? canonicalCompanyUrl(query.linkedinUrl) : null;
  const byUrl = url ? await searchByUrl(client, url) : null;
  if (byUrl) return { status: 'found', company: byUrl, by: 'linkedin-url' };
  const byName = query.name?.trim() ? await searchByName(client, query.name, url) : null;
  return byName ? { status: 'found', company: byName, by: 'name' } : { status: 'none' };
}

/** The company in Stardex, from memory when looked up within COMPANY_TTL_MS. Null: nothing names a company. */
export async function lookUpCompany(client: StardexClient, query: CompanyQuery): Promise<CompanyLookup | null> {
  const key = keyOf(query);
  if (key === null) return null;
  const kept = await remembered(key);
  if (kept) return kept;
  const lookup = await findCompany(client, query);
  await remember(key, lookup);
  return lookup;
}

/** The company a Stardex person works at: by the record's company id, else by its company name. */
export async function companyOfPerson(
  client: StardexClient,
  person: { current_company_id?: string | null | undefined; current_company_name?: string | null | undefined },
): Promise<CompanyLookup | null> {
  if (!person.current_company_id) {
    return lookUpCompany(client, { linkedinUrl: null, name: person.current_company_name ?? null });
  }
  const key = `id:${person.current_company_id.toLowerCase()}`;
  const kept = await remembered(key);
  if (kept) return kept;
  const lookup: CompanyLookup = {
    status: 'found',
    company: await client.getCompany(person.current_company_id),
    by: 'id',
  };
  await remember(key, lookup);
  return lookup;
}
