import { describe, expect, test } from 'vitest';
import { extractProfile } from '../../../lib/linkedin/extract-profile';
import { checkDisplayedProfile } from '../../../lib/linkedin/page-identity';
import { parseFixture, readFixture } from './fixtures';

const profileA = { file: '01-layout2025-full.html', slug: 'calla-northallen-2da20053', name: 'Calla Northallen' };
const profileB = { url: 'https://www.linkedin.com/in/katrin-quennerby-ea93508d/', slug: 'katrin-quennerby-ea93508d' };

/** What LinkedIn does some time after pushState: the new profile's <main> replaces the old one. */
function showProfileB(document: Document): void {
  const main = document.querySelector('main');
  if (!main) throw new Error('profile A has no <main> to replace');
  main.outerHTML = readFixture('40-spa-b-main.html');
}

describe('single-page navigation from profile A to profile B', () => {
  test('while the DOM still shows A, the page does not show B', () => {
    expect(checkDisplayedProfile(parseFixture(profileA.file), profileB.slug)).toBe('other-profile');
    expect(checkDisplayedProfile(parseFixture(profileA.file), profileA.slug)).toBe('matches-url');
  });

  test("reading B's URL before the swap returns nothing of A", () => {
    const result = extractProfile(parseFixture(profileA.file), profileB.url);
    expect(JSON.stringify(result)).not.toContain('Calla');
    expect(JSON.stringify(result)).not.toContain('Bluefen');
    expect(result.kind === 'profile' && result.fields.name).toBeNull();
  });

  test('after the swap B is read from the DOM, although the embedded JSON and the tab title still describe A', () => {
    const document = parseFixture(profileA.file);
    showProfileB(document);
    expect(checkDisplayedProfile(document, profileB.slug)).toBe('matches-url');
    const result = extractProfile(document, profileB.url);
    expect(result.kind === 'profile' && result.fields).toMatchObject({
      name: 'Katrin Quennerby',
      title: 'QA Engineer',
      company: 'Nettlebrook Pharma',
    });
  });

  test('back on A while the DOM still shows B: only data tied to A’s slug (embedded JSON) is used', () => {
    const document = parseFixture(profileA.file);
    showProfileB(document);
    const result = extractProfile(document, `https://www.linkedin.com/in/${profileA.slug}/`);
    expect(result.kind === 'profile' && result.displayedProfile).toBe('other-profile');
    expect(result.kind === 'profile' && result.fields.name).toBe(profileA.name);
    expect(JSON.stringify(result)).not.toContain('Katrin');
  });

  test('an empty main (LinkedIn’s loading skeleton) proves nothing', () => {
    const document = parseFixture(profileA.file);
    document.querySelector('main')!.innerHTML = '';
    expect(checkDisplayedProfile(document, profileB.slug)).toBe('unknown');
  });
});
