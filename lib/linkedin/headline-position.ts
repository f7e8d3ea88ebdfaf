/**
 * "Title at Company" read from a headline, the last resort for the current position:
 * "Customer Success Manager at Fernhollow Foods | Cloud | FinTech" -> title and company.
 */
import { cleanText } from './clean-text';

/**
 * Words joining title and company. Spanish "en" and Portuguese "na"/"em" are left out on purpose:
 * they are everyday prepositions ("Especialista en marketing") and would invent companies.
 */
const AT_WORDS = /\s(?:at|@|chez|bei|presso|bij)\s/i;

/** Headlines list several claims separated by these; the position is the first one. */
const CLAIM_SEPARATOR = /\s[|·•]\s/;

export function positionFromHeadline(headline: string | null): { title: string; company: string } | null {
  const firstClaim = headline?.split(CLAIM_SEPARATOR)[0] ?? '';
  const match = AT_WORDS.exec(firstClaim);
  if (!match) return null;
  const title = cleanText(firstClaim.slice(0, match.index));
  const company = cleanText(firstClaim.slice(match.index + match[0].length));
  return title && company ? { title, company } : null;
}
