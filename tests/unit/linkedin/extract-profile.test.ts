import { describe, expect, test } from 'vitest';
import { extractProfile } from '../../../lib/linkedin/extract-profile';
import { PROFILE_FIELDS } from '../../../lib/linkedin/types';
import { fixtureCases, parseFixture } from './fixtures';

describe('extractProfile on every fixture page', () => {
  for (const fixture of fixtureCases) {
    test(`${fixture.file} (${fixture.variant}) at ${fixture.url}`, () => {
      const result = extractProfile(parseFixture(fixture.file), fixture.url);

      if (fixture.notAProfile) {
        expect(result.kind, 'this page must be refused as not a profile').toBe('not-a-profile');
        if (result.kind === 'not-a-profile') expect(result.reason).toContain(fixture.reasonKeyword);
        return;
      }
      expect(result.kind).toBe('profile');
      if (result.kind !== 'profile') return;
      expect(result.fields).toEqual(fixture.expected);
      // Issue 23: the current company's page, only ever for a company the page names.
      expect(result.companyLinkedinUrl).toBe(fixture.companyLinkedinUrl);
      if (result.fields.company === null) expect(result.companyLinkedinUrl).toBeNull();
      for (const field of PROFILE_FIELDS) {
        if (result.fields[field] === null) {
          expect(result.missing, `${field} is null, so it must be reported missing`).toContain(field);
          expect(result.sources[field]).toBeUndefined();
        } else {
          expect(result.sources[field], `${field} needs a source`).toBeTruthy();
        }
      }
    });
  }
});

describe('where values come from', () => {
  test('the owner is chosen by slug, never the signed-in viewer listed first in the embedded JSON', () => {
    const result = extractProfile(
      parseFixture('01-layout2025-full.html'),
      'https://www.linkedin.com/in/calla-northallen-2da20053/',
    );
    expect(result.kind === 'profile' && result.sources.name).toBe('embedded-json');
    expect(result.kind === 'profile' && result.fields.name).not.toContain('Ximena');
  });

  test('without embedded JSON the top card and the Experience card are read', () => {
    const result = extractProfile(
      parseFixture('02-layout2025-fragment.html'),
      'https://www.linkedin.com/in/katrin-quennerby-ea93508d/',
    );
    expect(result.kind === 'profile' && result.sources).toMatchObject({
      name: 'top-card',
      title: 'experience',
      company: 'top-card',
    });
  });

  test('the same page read at another profile URL gives none of its DOM values', () => {
    const result = extractProfile(
      parseFixture('02-layout2025-fragment.html'),
      'https://www.linkedin.com/in/someone-else-123/',
    );
    expect(result.kind).toBe('profile');
    if (result.kind !== 'profile') return;
    expect(result.displayedProfile).toBe('other-profile');
    expect(result.fields).toMatchObject({
      name: null,
      title: null,
      company: null,
      url: 'https://www.linkedin.com/in/someone-else-123/',
    });
  });
});

describe('the fixture corpus', () => {
  // scripts/field-accuracy.ts counts correct fields per family: a case without one would not be counted.
  const FAMILIES = ['2024', '2025', '2026 server-driven', 'guest', 'details', 'sales-navigator', 'non-profile'];
  test.each(fixtureCases.map((fixture) => [fixture.file, fixture.family] as const))(
    '%s names its layout family',
    (_file, family) => {
      expect(FAMILIES).toContain(family);
    },
  );
});
