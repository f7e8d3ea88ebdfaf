import type { OutboxEntry } from '../outbox/schema';
import type { StardexClient } from '../stardex/client';
import type { StardexPerson } from '../stardex/schemas';
import { findCompany, forgetCompanyLookups } from './company-lookup.background';
import type { CompanyCreate } from './company-schema';
import { companyWords } from '../ui-words/companies';

/**
 * Adds the company to Stardex exactly once, then names it on the person as Stardex spells it. "Create
 * or update" is not trusted to deduplicate (which key it matches on is undocumented), so every attempt
 * searches first (by LinkedIn company URL, then exact name): a retry after a lost answer finds the
 * company its earlier attempt made instead of making a second. A person's PATCH names a company only
 * by `company_name`.
 */
export async function deliverCompanyStep(
  client: StardexClient,
  entry: OutboxEntry,
  company: CompanyCreate,
  person: StardexPerson,
): Promise<{ notice?: string }> {
  const found = await findCompany(client, { linkedinUrl: company.linkedin_url ?? null, name: company.name });
  const inStardex = found.status === 'found' ? found.company : await client.createCompany(company);
  await forgetCompanyLookups();
  if (person.current_company_name !== inStardex.name) {
    await client.updatePerson(entry.personId, { company_name: inStardex.name });
  }
  return found.status === 'found' ? { notice: companyWords.alreadyInStardexAs(inStardex.name) } : {};
}
