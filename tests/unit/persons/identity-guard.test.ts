import { describe, expect, it } from 'vitest';
import {
  assertPersonIsProfile,
  assertTabStillShows,
  IdentityMismatchError,
  withReviewedLinkedinUrl,
} from '@/lib/persons/identity-guard';
import { selectMatches } from '@/lib/stardex/profile-match';
import type { StardexPerson } from '@/lib/stardex/schemas';

const reviewed = 'https://www.linkedin.com/in/calla-northallen-2da20053/';

describe('assertTabStillShows', () => {
  it.each([
    reviewed,
    'https://de.linkedin.com/in/Calla-Northallen-2DA20053/details/experience/?trk=x',
    'https://www.linkedin.com/in/calla-northallen-2da20053/overlay/contact-info/',
  ])('lets the save through while the tab shows the same profile: %s', (url) => {
    expect(() => assertTabStillShows(reviewed, url)).not.toThrow();
  });

  it.each([
    'https://www.linkedin.com/in/calla-northallen-b7731c02/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/me/',
    null,
  ])('refuses when the tab moved on: %s', (url) => {
    expect(() => assertTabStillShows(reviewed, url)).toThrow(IdentityMismatchError);
  });

  it('compares percent-encoded, decomposed and composed spellings of a slug as one profile', () => {
    const composed = 'https://www.linkedin.com/in/ma\u00ebl-hautecombe-46a5df70b/';
    expect(() =>
      assertTabStillShows(composed, 'https://fr.linkedin.com/in/Ma%C3%ABl-Hautecombe-46a5df70b'),
    ).not.toThrow();
    expect(() =>
      assertTabStillShows(composed, 'https://www.linkedin.com/in/mae%CC%88l-hautecombe-46a5df70b/'),
    ).not.toThrow();
  });
});

describe('assertPersonIsProfile', () => {
  const person = { id: '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01' };

  it('accepts the same profile in any letter case, and a person without a LinkedIn profile', () => {
    expect(() =>
      assertPersonIsProfile({ ...person, linkedin_public_id: 'Calla-Northallen-2DA20053' }, reviewed, null),
    ).not.toThrow();
    expect(() => assertPersonIsProfile({ ...person, linkedin_public_id: null }, reviewed, null)).not.toThrow();
  });

  it('refuses a person linked to another profile and names it', () => {
    expect(() =>
      assertPersonIsProfile({ ...person, linkedin_public_id: 'calla-northallen-b7731c02' }, reviewed, null),
    ).toThrow(/calla-northallen-b7731c02/);
  });

  it('refuses a person without a public id whose linkedin_url names another profile', () => {
    const other = 'https://www.linkedin.com/in/calla-northallen-b7731c02/';
    expect(() =>
      assertPersonIsProfile({ ...person, linkedin_public_id: null, linkedin_url: other }, reviewed, null),
    ).toThrow(/calla-northallen-b7731c02/);
    expect(() =>
      assertPersonIsProfile(
        { ...person, linkedin_url: 'http://de.linkedin.com/in/Calla-Northallen-2DA20053?trk=x' },
        reviewed,
        null,
      ),
    ).not.toThrow();
  });

  it('accepts a stored public id that is percent-encoded or decomposed (NFD)', () => {
    const page = 'https://www.linkedin.com/in/ma%C3%ABl-hautecombe-46a5df70b/';
    for (const publicId of [
      'ma%C3%ABl-hautecombe-46a5df70b',
      'mae\u0308l-hautecombe-46a5df70b',
      'MA\u00cbL-hautecombe-46a5df70b',
    ]) {
      expect(() => assertPersonIsProfile({ ...person, linkedin_public_id: publicId }, page, null)).not.toThrow();
    }
  });
});

describe('assertPersonIsProfile and a record storing a legacy LinkedIn URL (issue 22 item 13)', () => {
  const legacyUrl = 'https://www.linkedin.com/pub/calla-northallen/2d/a20/053';
  const person = { id: '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01', linkedin_public_id: null, linkedin_url: legacyUrl };
  const link = { personId: person.id, personName: 'Calla Northallen', linkedAt: 1, confirmedLegacyUrl: legacyUrl };

  it('refuses it, naming the address, without a link the user confirmed for that address', () => {
    expect(() => assertPersonIsProfile(person, reviewed, null)).toThrow(IdentityMismatchError);
    expect(() => assertPersonIsProfile(person, reviewed, null)).toThrow(legacyUrl);
    const unconfirmed = { personId: person.id, personName: 'Calla Northallen', linkedAt: 1 };
    expect(() => assertPersonIsProfile(person, reviewed, unconfirmed)).toThrow(IdentityMismatchError);
    const toAnotherPerson = { ...link, personId: '9a9a9a9a-3a52-4d0e-9a77-1c2d3e4f5a61' };
    expect(() => assertPersonIsProfile(person, reviewed, toAnotherPerson)).toThrow(IdentityMismatchError);
    const otherAddress = { ...person, linkedin_url: 'https://www.linkedin.com/profile/view?id=AAAAAB2d' };
    expect(() => assertPersonIsProfile(otherAddress, reviewed, link)).toThrow(IdentityMismatchError);
  });

  it('accepts it with the link the user confirmed for this person and this address', () => {
    expect(() => assertPersonIsProfile(person, reviewed, link)).not.toThrow();
  });

  it('a confirmed link never lets through a record naming another readable profile', () => {
    const other = { ...person, linkedin_url: 'https://www.linkedin.com/in/calla-northallen-b7731c02/' };
    expect(() => assertPersonIsProfile(other, reviewed, link)).toThrow(/calla-northallen-b7731c02/);
    const byPublicId = { ...person, linkedin_public_id: 'calla-northallen-b7731c02' };
    expect(() => assertPersonIsProfile(byPublicId, reviewed, link)).toThrow(/calla-northallen-b7731c02/);
  });
});

describe('matching and the guard agree', () => {
  const page = 'https://www.linkedin.com/in/ma%C3%ABl-hautecombe-46a5df70b/';
  const records: [string, Partial<StardexPerson>][] = [
    ['percent-encoded public id', { linkedin_public_id: 'ma%C3%ABl-hautecombe-46a5df70b' }],
    ['decomposed public id', { linkedin_public_id: 'mae\u0308l-hautecombe-46a5df70b' }],
    ['upper-case public id', { linkedin_public_id: 'MA\u00cbL-HAUTECOMBE-46A5DF70B' }],
    ['URL only, legacy spelling', { linkedin_url: 'linkedin.com/in/Ma%C3%ABl-Hautecombe-46a5df70b' }],
    ['URL only, another profile', { linkedin_url: 'https://www.linkedin.com/in/mael-hautecombe-46a5df70b/' }],
    ['public id of another profile, URL of this one', { linkedin_public_id: 'someone-else', linkedin_url: page }],
    ['a malformed public id', { linkedin_public_id: 'ma%C3%ABl-%' }],
  ];

  it.each(records)('%s: a person matched is never one the guard refuses', (_name, fields) => {
    const person = { id: '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01', ...fields };
    const matched = selectMatches([person], page).length === 1;
    const refused = (() => {
      try {
        assertPersonIsProfile(person, page, null);
        return false;
      } catch {
        return true;
      }
    })();
    expect(matched && refused).toBe(false);
    // Every record above names some profile: each is either this one (matched) or another (refused).
    expect(matched !== refused).toBe(true);
  });
});

describe('withReviewedLinkedinUrl', () => {
  it('leaves a patch without linkedin_url alone', () => {
    expect(withReviewedLinkedinUrl({ name: 'Calla Northallen' }, reviewed)).toEqual({ name: 'Calla Northallen' });
  });

  it('sends the reviewed profile in canonical form', () => {
    expect(
      withReviewedLinkedinUrl(
        { linkedin_url: 'https://de.linkedin.com/in/Calla-Northallen-2da20053/?trk=x' },
        reviewed,
      ),
    ).toEqual({ linkedin_url: reviewed });
  });

  it.each([
    'https://www.linkedin.com/in/calla-northallen-b7731c02/',
    'https://www.linkedin.com/in/me/',
    'https://example.com/in/calla-northallen-2da20053/',
  ])('refuses a linkedin_url naming anything else: %s', (url) => {
    expect(() => withReviewedLinkedinUrl({ linkedin_url: url, name: 'X' }, reviewed)).toThrow(IdentityMismatchError);
  });
});
