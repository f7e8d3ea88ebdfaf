/**
 * The one entry point: what a LinkedIn page says about the profile its URL names.
 *
 * Each field is taken from the first layer that has it, most stable first:
 * 1. data tied to the URL's slug: the embedded API JSON (logged in) or JSON-LD (logged out);
 * 2. the DOM, read only when the DOM is shown to be the URL's person (see page-identity.ts):
 *    the top card by LinkedIn's 2024-2025 classes (`top-card`), then by the role of each line
 *    whatever its tag (`top-card-lines`, the 2026 layout), and the Experience section;
 * 3. page-level fallbacks: the tab title, "Title at Company" in the headline (only when the page
 *    shows no Experience to say otherwise).
 * A masked value ("***** ** *****", logged-out pages) is no value.
 */
import { cleanText, isMaskedValue, visibleText } from './clean-text';
import { nameFromDocumentTitle } from './document-title';
import { readCurrentPosition, type ExperienceReading } from './experience';
import { positionFromHeadline } from './headline-position';
import { resolveProfilePage, type ProfilePage } from './page-kind';
import { checkDisplayedProfile, readSlugData, type DisplayedProfile, type SlugData } from './page-identity';
import { cardHeading, findExperienceCard, findExperienceDetailsList, findTopCard } from './page-regions';
import { readLead } from './sales-navigator';
import { readTopCard, type TopCardValues } from './top-card';
import type {
  ExtractionResult,
  FieldSource,
  ExperienceState,
  ProfileExtraction,
  ProfileField,
  ProfileFields,
} from './types';

/** A value, or a function reading it only if every earlier candidate came up empty. */
type Candidate = readonly [FieldSource, string | null | undefined | (() => string | null)];

interface DisplayedValues {
  topCard: TopCardValues | null;
  /** Null on pages without an Experience list to look at (other sub-pages, lead pages). */
  experience: ExperienceReading | 'not-on-page' | null;
  documentTitleName: string | null;
}

function readExperience(page: ProfilePage, list: Element | null): DisplayedValues['experience'] {
  if (page.view !== 'main' && page.view !== 'experience-details') return null;
  return list ? readCurrentPosition(list) : 'not-on-page';
}

function readDisplayed(document: Document, page: ProfilePage): DisplayedValues {
  const topCardElement = page.view === 'main' ? findTopCard(document) : null;
  const experienceCard = findExperienceCard(document);
  const experienceList = page.view === 'experience-details' ? findExperienceDetailsList(document) : experienceCard;
  const documentTitleName = nameFromDocumentTitle(document.title);
  const experienceHeading = visibleText(cardHeading(experienceCard));
  return {
    topCard: topCardElement ? readTopCard(topCardElement, experienceHeading, documentTitleName) : null,
    experience: readExperience(page, experienceList),
    documentTitleName,
  };
}

function experienceState(experience: DisplayedValues['experience']): ExperienceState | undefined {
  if (experience === null) return undefined;
  if (experience === 'not-on-page') return 'not-on-page';
  return experience.current ? 'current-role' : 'no-current-role';
}

const NOTHING_DISPLAYED: DisplayedValues = {
  topCard: null,
  experience: null,
  documentTitleName: null,
};

function splitName(name: string | null): { first: string | null; last: string | null } {
  if (!name) return { first: null, last: null };
  const [first = null, ...rest] = name.split(' ');
  return { first, last: cleanText(rest.join(' ')) };
}

function layerFields(page: ProfilePage, slugData: SlugData, displayed: DisplayedValues) {
  const { embedded, jsonLd } = slugData;
  const { topCard, experience } = displayed;
  const reading = typeof experience === 'object' ? experience : null;
  const position = reading?.current ?? null;
  const embeddedName = embedded ? cleanText(`${embedded.firstName ?? ''} ${embedded.lastName ?? ''}`) : null;
  const headline: Candidate[] = [
    ['embedded-json', embedded?.headline],
    ['top-card', topCard?.headline],
    ['top-card-lines', () => topCard?.byLines().headline ?? null],
  ];
  // The headline may be years old: when Experience is on the page, it decides.
  const headlinePosition = reading ? null : positionFromHeadline(pickValue(headline));
  const name: Candidate[] = [
    ['embedded-json', embeddedName],
    ['json-ld', jsonLd?.name],
    ['top-card', topCard?.name],
    ['document-title', displayed.documentTitleName],
  ];
  const nameParts = splitName(pickValue(name));
  return {
    url: [['url', page.canonicalUrl]],
    name,
    firstName: [
      ['embedded-json', embedded?.firstName],
      ['json-ld', jsonLd?.firstName],
      ['name', nameParts.first],
    ],
    lastName: [
      ['embedded-json', embedded?.lastName],
      ['json-ld', jsonLd?.lastName],
      ['name', nameParts.last],
    ],
    headline,
    location: [
      ['embedded-json', embedded?.location],
      ['json-ld', jsonLd?.location],
      ['top-card', topCard?.location],
      ['top-card-lines', () => topCard?.byLines().location ?? null],
    ],
    title: [
      ['experience', position?.title],
      ['json-ld', jsonLd?.jobTitle],
      ['headline', headlinePosition?.title],
    ],
    company: [
      ['top-card', topCard?.currentCompany],
      ['experience', position?.company],
      ['json-ld', jsonLd?.worksFor],
      ['headline', headlinePosition?.company],
    ],
  } satisfies Record<ProfileField, Candidate[]>;
}

/**
 * A lead or candidate page: its own header only. The URL is the public profile the page links to,
 * or null (unknown on this page): it is never built from the lead id.
 */
function leadFields(document: Document): Record<ProfileField, Candidate[]> {
  const lead = readLead(document);
  const nameParts = splitName(lead.name);
  const headlinePosition = positionFromHeadline(lead.headline);
  return {
    url: [['public-profile-link', lead.publicUrl]],
    name: [['sales-navigator', lead.name]],
    firstName: [['name', nameParts.first]],
    lastName: [['name', nameParts.last]],
    headline: [['sales-navigator', lead.headline]],
    location: [['sales-navigator', lead.location]],
    title: [
      ['sales-navigator', lead.title],
      ['headline', headlinePosition?.title],
    ],
    company: [
      ['sales-navigator', lead.company],
      ['headline', headlinePosition?.company],
    ],
  };
}

function pick(candidates: Candidate[]): { source: FieldSource; value: string } | null {
  for (const [source, candidate] of candidates) {
    const value = cleanText(typeof candidate === 'function' ? candidate() : candidate);
    if (value && !isMaskedValue(value)) return { source, value };
  }
  return null;
}

function pickValue(candidates: Candidate[]): string | null {
  return pick(candidates)?.value ?? null;
}

function buildExtraction(
  layers: Record<ProfileField, Candidate[]>,
  displayedProfile: DisplayedProfile,
  experience: ExperienceState | undefined,
): ProfileExtraction {
  const fields = {} as ProfileFields;
  const sources: ProfileExtraction['sources'] = {};
  const missing: ProfileField[] = [];
  // The table's own keys (it names every page field), so this injected script does not carry lib/fields.ts.
  for (const field of Object.keys(layers) as ProfileField[]) {
    const picked = pick(layers[field]);
    fields[field] = picked?.value ?? null;
    if (picked) sources[field] = picked.source;
    else missing.push(field);
  }
  return { kind: 'profile', fields, sources, missing, displayedProfile, ...(experience ? { experience } : {}) };
}

export function extractProfile(document: Document, url: string): ExtractionResult {
  const page = resolveProfilePage(document, url);
  if (page.kind === 'not-a-profile') return page;
  // The lead's header is the page's own: there is no slug in the URL for it to disagree with.
  if (page.kind === 'lead-page') return buildExtraction(leadFields(document), 'matches-url', undefined);
  const slugData = readSlugData(document, page.slug);
  const displayedProfile = checkDisplayedProfile(document, page.slug, slugData);
  const displayed = displayedProfile === 'matches-url' ? readDisplayed(document, page) : NOTHING_DISPLAYED;
  return buildExtraction(
    layerFields(page, slugData, displayed),
    displayedProfile,
    experienceState(displayed.experience),
  );
}
