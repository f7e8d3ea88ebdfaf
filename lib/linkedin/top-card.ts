/** Values shown in the 2024-2025 top card, by LinkedIn's class names (name, headline, location, current company button). */
import { cleanText, visibleText } from './clean-text';
import { findNameHeading } from './page-regions';
import { mentionsExperience } from './section-headings';
import { nameFromHeading, readTopCardLines, type TopCardLineValues } from './top-card-lines';

export interface TopCardValues {
  name: string | null;
  headline: string | null;
  location: string | null;
  currentCompany: string | null;
  /**
   * The current-company button's company read from its label, for buttons that show only a logo:
   * a fallback after Experience, since a label is a sentence and not a value.
   */
  currentCompanyFromLabel: string | null;
  /**
   * The same card read by the role of each line (top-card-lines.ts), for layouts without these
   * classes. A function: it walks the whole card, so it runs only when a field still needs it.
   */
  byLines: () => TopCardLineValues;
}

function readLocation(topCard: Element): string | null {
  // The location sits in the row of the contact-info link; some profiles hide that link.
  const contactInfo = topCard.querySelector('#top-card-text-details-contact-info, a[href*="/overlay/contact-info"]');
  const row = contactInfo?.parentElement?.parentElement;
  const inRow = row?.querySelector('span.text-body-small');
  return visibleText(inRow ?? topCard.querySelector('span.text-body-small.inline.t-black--light.break-words'));
}

/** The label with the button's own value removed, so a company named "Experience Lab" cannot match. */
function labelWithoutValue(label: string, value: string): string {
  return label.split(value).join(' ').toLowerCase();
}

function pointsToExperience(button: Element, value: string, experienceHeading: string | null): boolean {
  if (button.closest('a[href*="#experience"]') || button.getAttribute('href')?.includes('#experience')) return true;
  const label = labelWithoutValue(cleanText(button.getAttribute('aria-label')) ?? '', value);
  if (experienceHeading) return label.includes(experienceHeading.toLowerCase());
  return mentionsExperience(label);
}

/**
 * The current-company button: its label reads "<Current company>: X. <Click to skip to the
 * Experience card>" in the UI language, next to an equivalent Education button. It is recognised by
 * pointing at the Experience card (by name or by link), not by English wording.
 */
function readCurrentCompany(topCard: Element, experienceHeading: string | null): string | null {
  for (const button of Array.from(topCard.querySelectorAll('button[aria-label], a[aria-label]'))) {
    const value = visibleText(button);
    const label = cleanText(button.getAttribute('aria-label'));
    if (!value || !label?.includes(value)) continue;
    if (pointsToExperience(button, value, experienceHeading)) return value;
  }
  return null;
}

/**
 * "Obecna firma: Zakłady Orzeł S.A.. Kliknij, aby…" -> "Zakłady Orzeł S.A.": what follows the first
 * ": " up to the full stop that ends that sentence (the last ". " before the instruction). A full stop
 * ending the sentence is not part of the name, but a name can end in one ("S.A." then "..").
 */
function companyInLabel(label: string): string | null {
  const colon = label.indexOf(': ');
  if (colon < 0) return null;
  const afterColon = label.slice(colon + 2);
  const sentenceEnd = afterColon.lastIndexOf('. ');
  return sentenceEnd < 0 ? null : cleanText(afterColon.slice(0, sentenceEnd));
}

/** The company named by the label of a current-company button that shows no text of its own. */
function readCurrentCompanyFromLabel(topCard: Element, experienceHeading: string | null): string | null {
  for (const button of Array.from(topCard.querySelectorAll('button[aria-label], a[aria-label]'))) {
    if (visibleText(button)) continue;
    const label = cleanText(button.getAttribute('aria-label'));
    const company = label && companyInLabel(label);
    if (company && pointsToExperience(button, company, experienceHeading)) return company;
  }
  return null;
}

export function readTopCard(
  topCard: Element,
  experienceHeading: string | null,
  titleName: string | null,
): TopCardValues {
  const heading = findNameHeading(topCard, titleName);
  let byLines: TopCardLineValues | undefined;
  return {
    name: nameFromHeading(visibleText(heading), titleName),
    headline: visibleText(topCard.querySelector('.text-body-medium.break-words, .top-card-layout__headline')),
    location: readLocation(topCard),
    currentCompany: readCurrentCompany(topCard, experienceHeading),
    currentCompanyFromLabel: readCurrentCompanyFromLabel(topCard, experienceHeading),
    byLines: () => (byLines ??= heading ? readTopCardLines(topCard, heading) : { headline: null, location: null }),
  };
}
