/** The values the extension reads from a LinkedIn profile page. `null` means "not found on the page". */
export interface ProfileFields {
  /** Canonical `https://www.linkedin.com/in/<slug>/`. */
  url: string | null;
  name: string | null;
  firstName: string | null;
  lastName: string | null;
  headline: string | null;
  location: string | null;
  /** Current job title. */
  title: string | null;
  /** Current company. */
  company: string | null;
}

export type ProfileField = keyof ProfileFields;

export const PROFILE_FIELDS = [
  'url',
  'name',
  'firstName',
  'lastName',
  'headline',
  'location',
  'title',
  'company',
] as const satisfies readonly ProfileField[];

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
}

export interface NotAProfile {
  kind: 'not-a-profile';
  /** A sentence for the user, e.g. "This is the LinkedIn sign-in page, not a profile." */
  reason: string;
}

export type ExtractionResult = ProfileExtraction | NotAProfile;
