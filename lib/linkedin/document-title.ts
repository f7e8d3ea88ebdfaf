/** The name in the tab title: "(3) Jane Doe | LinkedIn", or "Jane Doe - Title - Company | LinkedIn" when logged out. */
import { cleanText } from './clean-text';

/** In the UI language's digits: "(3) ", "(٣) ". */
const NOTIFICATION_COUNT_PREFIX = /^\(\p{Nd}+\+?\)\s*/u;
const SITE_SUFFIX = /\s*\|\s*LinkedIn\s*$/i;

export function nameFromDocumentTitle(title: string): string | null {
  const cleaned = cleanText(title);
  if (!cleaned || !SITE_SUFFIX.test(cleaned)) return null;
  const withoutSite = cleaned.replace(NOTIFICATION_COUNT_PREFIX, '').replace(SITE_SUFFIX, '');
  return cleanText(withoutSite.split(' - ')[0]);
}
