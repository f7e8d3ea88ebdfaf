/**
 * Sales Navigator lead and Recruiter profile pages. Their URL ids are opaque and, on 2026 lead
 * pages, no `/in/` link is rendered until the lead's overflow menu is opened, so the values are
 * read from what Sales Navigator marks with `data-anonymize` (the marks it blurs screenshots by),
 * and the public profile URL only from a link the lead's header itself offers.
 */
import { visibleText } from './clean-text';
import { isBadge } from './name-badges';
import { findMain } from './page-regions';
import { canonicalProfileUrl, profileSlug } from './profile-url';
import { textLines } from './text-lines';

/** Text the lead (or Sales Navigator about the lead) wrote: an `/in/` link inside it names someone else. */
const MARKED_TEXT = '[data-anonymize]';

/** Entries about other leads ("Also viewed", colleagues): they link to `/sales/lead/` pages. */
function isAboutAnotherLead(element: Element): boolean {
  if (element.closest('a[href*="/sales/lead/"]')) return true;
  return element.closest('li, [role="listitem"]')?.querySelector('a[href*="/sales/lead/"]') != null;
}

/** The lead's name: the heading marked as the lead's name (the page also has screen-reader `h1`s). */
function findLeadName(main: Element): Element | null {
  return (
    main.querySelector('[data-x--lead--name]') ??
    Array.from(main.querySelectorAll('h1[data-anonymize="person-name"], [data-anonymize="person-name"]')).find(
      (element) => !isAboutAnotherLead(element),
    ) ??
    null
  );
}

/**
 * The lead's header: the section around the name, else the smallest block holding the name and the
 * headline. The page header above `main` names the signed-in viewer and is never read.
 */
function findLeadHeader(name: Element, main: Element): Element {
  const section = name.closest('section');
  if (section && main.contains(section)) return section;
  for (let node = name.parentElement; node && node !== main; node = node.parentElement) {
    if (node.querySelector('[data-anonymize="headline"]')) return node;
  }
  return name.parentElement ?? main;
}

function firstMarked(scope: Element, kind: string): Element | null {
  return (
    Array.from(scope.querySelectorAll(`[data-anonymize="${kind}"]`)).find((element) => !isAboutAnotherLead(element)) ??
    null
  );
}

/** "500+ connections", "4:12 PM local time": counts and clocks beside the location. */
const COUNT_OR_TIME = /^\p{Nd}[\p{Nd}.,:\s]*\+?\s/u;

/**
 * The location is not marked: it is the first plain line of the header after the headline that is
 * not a badge (degree), a count or a clock, and holds no marked value.
 */
function unmarkedLocation(header: Element, headline: Element | null): string | null {
  const lines = textLines(header);
  const after = headline ? lines.findIndex((line) => line.element === headline || line.element.contains(headline)) : -1;
  const line = lines
    .slice(after + 1)
    .find(
      (candidate) =>
        !candidate.element.closest(MARKED_TEXT) &&
        !candidate.element.querySelector(MARKED_TEXT) &&
        !isBadge(candidate.text) &&
        !COUNT_OR_TIME.test(candidate.text),
    );
  return line?.text ?? null;
}

/**
 * The public profile URL a link in the lead's header offers ("View LinkedIn profile"), never a link
 * inside text the lead wrote or an entry about another lead. Null when there is none (the overflow
 * menu is closed), or when such links name several people.
 */
function publicProfileLink(header: Element): string | null {
  const urls = new Map<string, string>();
  for (const link of Array.from(header.querySelectorAll('a[href*="/in/"]'))) {
    if (link.closest(MARKED_TEXT) || isAboutAnotherLead(link)) continue;
    let url: URL;
    try {
      url = new URL(link.getAttribute('href') ?? '', 'https://www.linkedin.com/');
    } catch {
      continue;
    }
    const slug = profileSlug(url);
    const canonical = canonicalProfileUrl(url);
    if (slug && canonical) urls.set(slug, canonical);
  }
  return urls.size === 1 ? ([...urls.values()][0] ?? null) : null;
}

export interface LeadValues {
  /** The lead's public `/in/` URL, only when the page itself offers it; null when unknown on this page. */
  publicUrl: string | null;
  name: string | null;
  headline: string | null;
  location: string | null;
  /** The first current role's, as on profiles (a lead can hold several at once). */
  title: string | null;
  company: string | null;
}

const NO_LEAD: LeadValues = { publicUrl: null, name: null, headline: null, location: null, title: null, company: null };

/** Null until the lead's name is on the page (it renders after the URL changes). */
export function findLead(document: Document): { name: Element; header: Element } | null {
  const main = findMain(document);
  const name = main && findLeadName(main);
  return main && name ? { name, header: findLeadHeader(name, main) } : null;
}

export function readLead(document: Document): LeadValues {
  const lead = findLead(document);
  const main = findMain(document);
  if (!lead || !main) return NO_LEAD;
  const headline = firstMarked(lead.header, 'headline') ?? firstMarked(main, 'headline');
  const markedLocation = firstMarked(lead.header, 'location');
  return {
    publicUrl: publicProfileLink(lead.header),
    name: visibleText(lead.name),
    headline: visibleText(headline),
    location: markedLocation ? visibleText(markedLocation) : unmarkedLocation(lead.header, headline),
    title: visibleText(firstMarked(main, 'job-title')),
    company: visibleText(firstMarked(main, 'company-name')),
  };
}
