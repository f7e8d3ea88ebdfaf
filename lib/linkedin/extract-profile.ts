/**
 * The one entry point: what a LinkedIn page says about the profile its URL names.
 *
 * Each field is taken from the first layer that has it, most stable first:
 * 1. data tied to the URL's slug: the embedded API JSON (logged in) or JSON-LD (logged out);
 * 2. the DOM: top card and Experience card, read only when the DOM is shown to be the URL's
 *    person (see page-identity.ts);
 * 3. page-level fallbacks: the tab title, "Title at Company" in the headline.
 */
import { cleanText, visibleText } from './clean-text';
import { nameFromDocumentTitle } from './document-title';
import { readCurrentPosition, type ExperiencePosition } from './experience';
import { positionFromHeadline } from './headline-position';
import { isLeadPage, resolveProfilePage, type ProfilePage } from './page-kind';
import { checkDisplayedProfile, readSlugData, type DisplayedProfile, type SlugData } from './page-identity';
import { cardHeading, findExperienceCard, findExperienceDetailsList, findTopCard } from './page-regions';
import { readSalesNavigatorLead, type SalesNavigatorValues } from './sales-navigator';
import { readTopCard, type TopCardValues } from './top-card';
import {
  PROFILE_FIELDS,
  type ExtractionResult,
  type FieldSource,
  type ProfileExtraction,
  type ProfileField,
  type ProfileFields,
} from './types';

type Candidate = readonly [FieldSource, string | null | undefined];

interface DisplayedValues {
  topCard: TopCardValues | null;
  position: ExperiencePosition | null;
  salesNavigator: SalesNavigatorValues | null;
  documentTitleName: string | null;
}

function readExperienceList(document: Document, page: ProfilePage): Element | null {
  if (page.view === 'main') return findExperienceCard(document);
  if (page.view === 'experience-details') return findExperienceDetailsList(document);
  return null;
}

function readDisplayed(document: Document, page: ProfilePage): DisplayedValues {
  const topCardElement = page.view === 'main' ? findTopCard(document) : null;
  const experienceList = readExperienceList(document, page);
  const experienceHeading = visibleText(cardHeading(findExperienceCard(document)));
  const leadPage = isLeadPage(page);
  return {
    topCard: topCardElement ? readTopCard(topCardElement, experienceHeading) : null,
    position: experienceList ? readCurrentPosition(experienceList) : null,
    salesNavigator: leadPage ? readSalesNavigatorLead(document) : null,
    documentTitleName: leadPage ? null : nameFromDocumentTitle(document.title),
  };
}

const NOTHING_DISPLAYED: DisplayedValues = {
  topCard: null,
  position: null,
  salesNavigator: null,
  documentTitleName: null,
};

function splitName(name: string | null): { first: string | null; last: string | null } {
  if (!name) return { first: null, last: null };
  const [first = null, ...rest] = name.split(' ');
  return { first, last: cleanText(rest.join(' ')) };
}

function layerFields(page: ProfilePage, slugData: SlugData, displayed: DisplayedValues) {
  const { embedded, jsonLd } = slugData;
  const { topCard, position, salesNavigator } = displayed;
  const embeddedName = embedded ? cleanText(`${embedded.firstName ?? ''} ${embedded.lastName ?? ''}`) : null;
  const headline: Candidate[] = [
    ['embedded-json', embedded?.headline],
    ['top-card', topCard?.headline],
    ['sales-navigator', salesNavigator?.headline],
  ];
  const headlinePosition = positionFromHeadline(pickValue(headline));
  const name: Candidate[] = [
    ['embedded-json', embeddedName],
    ['json-ld', jsonLd?.name],
    ['top-card', topCard?.name],
    ['sales-navigator', salesNavigator?.name],
    ['document-title', displayed.documentTitleName],
  ];
  const nameParts = splitName(pickValue(name));
  return {
    url: [[isLeadPage(page) ? 'public-profile-link' : 'url', page.canonicalUrl]],
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
      ['sales-navigator', salesNavigator?.location],
    ],
    title: [
      ['experience', position?.title],
      ['json-ld', jsonLd?.jobTitle],
      ['sales-navigator', salesNavigator?.title],
      ['headline', headlinePosition?.title],
    ],
    company: [
      ['top-card', topCard?.currentCompany],
      ['experience', position?.company],
      ['json-ld', jsonLd?.worksFor],
      ['sales-navigator', salesNavigator?.company],
      ['headline', headlinePosition?.company],
    ],
  } satisfies Record<ProfileField, Candidate[]>;
}

function pick(candidates: Candidate[]): { source: FieldSource; value: string } | null {
  for (const [source, raw] of candidates) {
    const value = cleanText(raw);
    if (value) return { source, value };
  }
  return null;
}

function pickValue(candidates: Candidate[]): string | null {
  return pick(candidates)?.value ?? null;
}

function buildExtraction(
  layers: Record<ProfileField, Candidate[]>,
  displayedProfile: DisplayedProfile,
): ProfileExtraction {
  const fields = {} as ProfileFields;
  const sources: ProfileExtraction['sources'] = {};
  const missing: ProfileField[] = [];
  for (const field of PROFILE_FIELDS) {
    const picked = pick(layers[field]);
    fields[field] = picked?.value ?? null;
    if (picked) sources[field] = picked.source;
    else missing.push(field);
  }
  return { kind: 'profile', fields, sources, missing, displayedProfile };
}

export function extractProfile(document: Document, url: string): ExtractionResult {
  const page = resolveProfilePage(document, url);
  if (page.kind === 'not-a-profile') return page;
  const slugData = readSlugData(document, page.slug);
  const displayedProfile = isLeadPage(page) ? 'matches-url' : checkDisplayedProfile(document, page.slug, slugData);
  const displayed = displayedProfile === 'matches-url' ? readDisplayed(document, page) : NOTHING_DISPLAYED;
  return buildExtraction(layerFields(page, slugData, displayed), displayedProfile);
}
