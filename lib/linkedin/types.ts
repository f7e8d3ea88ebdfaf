import { REVIEW_FIELDS, type PageKey } from '../fields';

/**
 * The values the extension reads from a LinkedIn profile page, one per reviewed field of
 * lib/fields.ts with a page key (`url` is the canonical `https://www.linkedin.com/in/<slug>/`, `title` and
 * `company` the current role's). `null` means "not found on the page".
 */
export type ProfileFields = Record<ProfileField, string | null>;

export type ProfileField = PageKey;

export const PROFILE_FIELDS: readonly ProfileField[] = REVIEW_FIELDS.flatMap((field) =>
  'pageKey' in field ? [field.pageKey] : [],
);

/** Where a value came from, e.g. "embedded-json", "top-card", "experience", "document-title", "json-ld", "headline". */
export type FieldSource = string;

export interface ProfileExtraction {
  kind: 'profile';
  fields: ProfileFields;
  sources: Partial<Record<ProfileField, FieldSource>>;
  /** Fields that could not be found (their value is null). */
  missing: ProfileField[];
  /**
   * Whether the page's DOM was shown to belong to `fields.url`. Unless it is `matches-url`, only
   * sources tied to the URL's slug (embedded JSON, JSON-LD) were read and the rest is missing.
   */
  displayedProfile?: 'matches-url' | 'other-profile' | 'unknown';
  /**
   * What the Experience section said about the current role, on pages that have one (main profile,
   * `/details/experience/`): `not-on-page` when the page has not rendered Experience (the 2026
   * layout renders it only once scrolled to), so title and company may still appear on a read again.
   */
  experience?: ExperienceState;
  /**
   * The current company's LinkedIn page, canonical (`https://www.linkedin.com/company/<slug or id>/`),
   * read from the Experience entry or the top card link that names `fields.company`; null when the page
   * links none. Kept beside `fields` (not a reviewed field): it is what the company is looked up by.
   */
  companyLinkedinUrl: string | null;
}

export type ExperienceState = 'current-role' | 'no-current-role' | 'not-on-page';

export interface NotAProfile {
  kind: 'not-a-profile';
  /** A sentence for the user, e.g. "This is the LinkedIn sign-in page, not a profile." */
  reason: string;
}

export type ExtractionResult = ProfileExtraction | NotAProfile;
