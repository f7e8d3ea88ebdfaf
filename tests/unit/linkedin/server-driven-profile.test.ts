import { describe, expect, test } from 'vitest';
import { extractProfile } from '../../../lib/linkedin/extract-profile';
import { checkDisplayedProfile } from '../../../lib/linkedin/page-identity';
import type { ExtractionResult, ProfileExtraction } from '../../../lib/linkedin/types';
import { fixtureCases, parseFixture, readFixture } from './fixtures';

function read(file: string, url = fixtureCases.find((c) => c.file === file)!.url): ProfileExtraction {
  const result: ExtractionResult = extractProfile(parseFixture(file), url);
  if (result.kind !== 'profile') throw new Error(`${file} was refused: ${result.reason}`);
  return result;
}

describe('the 2026 server-driven profile', () => {
  test('each value is recorded with the strategy that produced it', () => {
    const result = read('60-sdui-en-single.html');
    expect(result.sources).toEqual({
      url: 'url',
      name: 'top-card',
      firstName: 'name',
      lastName: 'name',
      headline: 'top-card-lines',
      location: 'top-card-lines',
      title: 'experience',
      company: 'experience',
    });
    expect(result.experience).toBe('current-role');
  });

  test('the signed-in viewer’s JSON, the nav, the sticky header and the aside are never read', () => {
    for (const file of ['60-sdui-en-single.html', '61-sdui-de-group.html', '73-sdui-details-experience.html']) {
      const json = JSON.stringify(read(file));
      expect(json).not.toMatch(/Ximena|Viewerton|Viewer Co/);
      expect(json).not.toMatch(/Hedda|Tomas Elverum|Lene|Hal Brenner|Northgate/);
    }
  });

  test('Experience not rendered yet: title and company stay empty, the top-card company line is not a guess', () => {
    const result = read('66-sdui-no-experience-yet.html');
    expect(result.experience).toBe('not-on-page');
    expect(result.fields).toMatchObject({ title: null, company: null });
    expect(result.missing).toEqual(['title', 'company']);
    expect(JSON.stringify(result)).not.toContain('Harbourline');
  });

  test('once LinkedIn renders Experience, a read again finds the current role', () => {
    const document = parseFixture('66-sdui-no-experience-yet.html');
    const topCard = document.querySelector('main section')!;
    topCard.insertAdjacentHTML('afterend', readFixture('66-sdui-lazy-experience-section.html'));
    const result = extractProfile(document, 'https://www.linkedin.com/in/petra-solvang-6b3d77/');
    expect(result.kind === 'profile' && result.fields).toMatchObject({
      title: 'Logistics Operations Manager',
      company: 'Harbourline Freight',
    });
    expect(result.kind === 'profile' && result.experience).toBe('current-role');
  });

  test('every role ended: no current title or company, never the latest past role', () => {
    const result = read('67-sdui-no-current-job.html');
    expect(result.experience).toBe('no-current-role');
    expect(result.fields).toMatchObject({ title: null, company: null });
    expect(JSON.stringify(result.fields)).not.toMatch(/Velvetine|Lead Product Designer|Brisklane/);
  });

  test('the same holds on the 2025 layout: its only "Present" role ended, so nothing is current', () => {
    const document = parseFixture('02-layout2025-fragment.html');
    for (const span of Array.from(document.querySelectorAll('main span'))) {
      if (span.children.length === 0 && span.textContent?.includes('Present')) {
        span.textContent = span.textContent.replace(/Present/g, 'Dec 2025');
      }
    }
    const result = extractProfile(document, 'https://www.linkedin.com/in/katrin-quennerby-ea93508d/');
    expect(result.kind === 'profile' && result.experience).toBe('no-current-role');
    expect(result.kind === 'profile' && result.fields.title).toBeNull();
  });

  test('a company group: the company is the group’s, the title the running role’s', () => {
    expect(read('61-sdui-de-group.html').fields).toMatchObject({
      title: 'Leiter Datenplattform',
      company: 'Brandtwerk Logistik GmbH',
    });
  });

  test('pronouns, degree and badges beside the name are not part of it, with or without a tab title', () => {
    expect(read('68-sdui-doubled-name.html').fields.name).toBe('Marisol Quenby');
    expect(read('69-sdui-main-only.html').fields.name).toBe('Tobiah Wrenfield');
    expect(read('62-sdui-ja-h1.html').fields.name).toBe('佐久間 凛');
  });

  test('without the contact-info link, the card is the section whose heading agrees with the tab title', () => {
    const document = parseFixture('60-sdui-en-single.html');
    for (const link of Array.from(document.querySelectorAll('a[href*="/overlay/"]'))) link.remove();
    const result = extractProfile(document, 'https://www.linkedin.com/in/oriel-tanswick-4b1a9c/');
    expect(result.kind === 'profile' && result.fields).toEqual(
      fixtureCases.find((c) => c.file === '60-sdui-en-single.html')!.expected,
    );
  });

  test('a heading in an unlisted language and no "show all" link: Experience is found by its shape', () => {
    const document = parseFixture('65-sdui-sw-unlisted-language.html');
    for (const link of Array.from(document.querySelectorAll('a[href*="/details/experience"]'))) link.remove();
    const result = extractProfile(document, 'https://www.linkedin.com/in/amani-kiprotich-2a6c40/');
    expect(result.kind === 'profile' && result.fields).toMatchObject({
      title: 'Mhandisi Mkuu wa Programu',
      company: 'Mbuyu Pay',
    });
  });

  test('no Experience on the page: Education and the aside are never taken for it', () => {
    const document = parseFixture('66-sdui-no-experience-yet.html');
    const result = extractProfile(document, 'https://www.linkedin.com/in/petra-solvang-6b3d77/');
    expect(result.kind === 'profile' && result.experience).toBe('not-on-page');
  });

  test('read at another profile’s URL, the page gives none of its values', () => {
    const result = read('60-sdui-en-single.html', 'https://www.linkedin.com/in/someone-else-123/');
    expect(result.displayedProfile).toBe('other-profile');
    expect(JSON.stringify(result)).not.toMatch(/Oriel|Tanswick|Quillmoor/);
  });

  test('in-page navigation: the 2026 card is recognised as the new profile only once it shows it', () => {
    const document = parseFixture('60-sdui-en-single.html');
    expect(checkDisplayedProfile(document, 'tobiah-wrenfield-3c7a55')).toBe('other-profile');
    document.querySelector('main')!.outerHTML = readFixture('69-sdui-main-only.html');
    expect(checkDisplayedProfile(document, 'tobiah-wrenfield-3c7a55')).toBe('matches-url');
    const result = extractProfile(document, 'https://www.linkedin.com/in/tobiah-wrenfield-3c7a55/');
    expect(result.kind === 'profile' && result.fields).toMatchObject({
      name: 'Tobiah Wrenfield',
      title: 'Head of Data',
    });
  });
});

describe('logged-out pages with masked values', () => {
  test('asterisks are not a title, wherever they appear', () => {
    const result = read('70-guest-masked.html');
    expect(result.fields.title).toBeNull();
    expect(result.missing).toContain('title');
    expect(JSON.stringify(result)).not.toContain('*');
  });
});

describe('pages that are not a profile', () => {
  test.each(['71-sdui-not-available.html', '72-sdui-not-available-de.html'])(
    '%s at the profile’s own URL says the profile is not available',
    (file) => {
      const result = extractProfile(parseFixture(file), 'https://www.linkedin.com/in/quillon-darrowby-9e9e9e/');
      expect(result).toEqual({ kind: 'not-a-profile', reason: expect.stringContaining('not available') });
    },
  );

  test('an empty main (still loading) is not taken for an unavailable profile', () => {
    const document = parseFixture('71-sdui-not-available.html');
    document.querySelector('main')!.innerHTML = '';
    expect(extractProfile(document, 'https://www.linkedin.com/in/quillon-darrowby-9e9e9e/').kind).toBe('profile');
  });
});
