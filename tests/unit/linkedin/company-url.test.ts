import { describe, expect, it } from 'vitest';
import { canonicalCompanyUrl, companySlug, sameCompany } from '../../../lib/linkedin/company-url';
import { fixtureCases } from './fixtures';

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
  // Checked page by page in extract-profile.test.ts, which reads every fixture once.
  it('no profile fixture leaves its expected company page unstated', () => {
    const unstated = fixtureCases.filter((c) => c.expected && c.companyLinkedinUrl === undefined);
    expect(unstated.map((c) => c.file)).toEqual([]);
  });
});
