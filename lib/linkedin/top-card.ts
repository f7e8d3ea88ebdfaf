/** Values shown in the profile's top card (name, headline, location, current company button). */
import { cleanText, visibleText } from './clean-text';

export interface TopCardValues {
  name: string | null;
  headline: string | null;
  location: string | null;
  currentCompany: string | null;
}

/**
 * The name of the Experience card in the UI languages supported, for labels such as "Current
 * company: X. Click to skip to experience card" when the page has no Experience heading to compare with.
 */
const EXPERIENCE_WORDS = [
  'experience',
  'expérience',
  'erfahrung',
  'experiencia',
  'experiência',
  'esperienz',
  'ervaring',
];

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
  return EXPERIENCE_WORDS.some((word) => label.includes(word));
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

export function readTopCard(topCard: Element, experienceHeading: string | null): TopCardValues {
  return {
    name: visibleText(topCard.querySelector('h1')),
    headline: visibleText(topCard.querySelector('.text-body-medium.break-words, .top-card-layout__headline')),
    location: readLocation(topCard),
    currentCompany: readCurrentCompany(topCard, experienceHeading),
  };
}
