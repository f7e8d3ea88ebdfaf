import { describe, expect, it } from 'vitest';
import { canonicalCompanyUrl, companySlug, sameCompany } from '../../../lib/linkedin/company-url';
import { extractProfile } from '../../../lib/linkedin/extract-profile';
import { fixtureCases, parseFixture } from './fixtures';

const CANONICAL: [string, string][] = [
  ['https://www.linkedin.com/company/quillmoor-analytics/', 'https://www.linkedin.com/company/quillmoor-analytics/'],
  ['https://www.linkedin.com/company/94046/', 'https://www.linkedin.com/company/94046/'],
  ['https://www.linkedin.com/company/94046', 'https://www.linkedin.com/company/94046/'],
  [
    'https://uk.linkedin.com/company/fernhollow-foods?trk=public_profile',
    'https://www.linkedin.com/company/fernhollow-foods/',
  ],
  ['http://linkedin.com/company/Fernhollow-Foods/about/#top', 'https://www.linkedin.com/company/fernhollow-foods/'],
  [
    'https://www.linkedin.com/company/fernhollow-foods/people/?keywords=x',
    'https://www.linkedin.com/company/fernhollow-foods/',
  ],
  ['https://m.linkedin.com/mwlite/company/fernhollow-foods', 'https://www.linkedin.com/company/fernhollow-foods/'],
  ['https://www.linkedin.com/company/br%C3%BCckner-ag/', 'https://www.linkedin.com/company/br%C3%BCckner-ag/'],
];

const NOT_COMPANIES = [
  'https://www.linkedin.com/school/stonebridge-university/',
  'https://www.linkedin.com/showcase/quillmoor-labs/',
  'https://www.linkedin.com/in/calla-northallen-2da20053/',
  'https://www.linkedin.com/company/',
  'https://www.linkedin.com/company/%E0%A4%A/',
  'https://linkedin.example/company/quillmoor-analytics/',
  'ftp://www.linkedin.com/company/quillmoor-analytics/',
  'not a url',
];

describe('canonicalCompanyUrl', () => {
  it.each(CANONICAL)('%s is %s', (url, canonical) => {
    expect(canonicalCompanyUrl(url)).toBe(canonical);
  });

  it.each(NOT_COMPANIES)('%s names no company', (url) => {
    expect(canonicalCompanyUrl(url)).toBeNull();
    expect(companySlug(url)).toBeNull();
  });

  it('numeric ids and slugs are both companies; the same one whatever the host, case and sub-page', () => {
    expect(sameCompany('https://www.linkedin.com/company/94046/', 'https://de.linkedin.com/company/94046/jobs/')).toBe(
      true,
    );
    expect(sameCompany('https://www.linkedin.com/company/94046/', 'https://www.linkedin.com/company/94047/')).toBe(
      false,
    );
    expect(sameCompany('https://www.linkedin.com/school/x/', 'https://www.linkedin.com/school/x/')).toBe(false);
  });
});

describe("the current company's LinkedIn page on every fixture", () => {
  const profiles = fixtureCases.filter((c) => c.expected);
  it.each(profiles.map((c) => [c.file, c] as const))('%s', (_file, fixture) => {
    const result = extractProfile(parseFixture(fixture.file), fixture.url);
    expect(result.kind).toBe('profile');
    if (result.kind !== 'profile') return;
    expect(result.companyLinkedinUrl).toBe(fixture.companyLinkedinUrl);
    // A link is only ever given for a company the page names.
    if (result.fields.company === null) expect(result.companyLinkedinUrl).toBeNull();
  });

  it('no fixture leaves its expected company page unstated', () => {
    expect(profiles.filter((c) => c.companyLinkedinUrl === undefined).map((c) => c.file)).toEqual([]);
  });
});
