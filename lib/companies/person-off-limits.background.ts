import type { StardexClient } from '../stardex/client';
import type { StardexPerson } from '../stardex/schemas';
import { companyOfPerson } from './company-lookup.background';
import { offLimitsReasons, type OffLimitsReason } from './off-limits';

/**
 * Why a Stardex person is off-limits, as the badge shows it on page open: from their Stardex record
 * (its company, by id or name, and their own mark), because the badge does not read the page; the
 * review checks the company the page shows. A company lookup that fails costs the company's part
 * only (logged): the person's own mark and the match still show.
 */
export async function personOffLimits(client: StardexClient, person: StardexPerson): Promise<OffLimitsReason[]> {
  let company = null;
  try {
    const lookup = await companyOfPerson(client, person);
    company = lookup?.status === 'found' ? lookup.company : null;
  } catch (error) {
    console.warn('[stardex] badge company lookup failed', error);
  }
  return offLimitsReasons(company, person);
}
