import { describe, expect, it } from 'vitest';
import { relationToProfile, selectMatches } from '../../../lib/stardex/profile-match';
import type { StardexPerson } from '../../../lib/stardex/schemas';

const person = (id: string, fields: Partial<StardexPerson>): StardexPerson => ({ id, ...fields });
const profile = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

describe('selectMatches', () => {
  it('keeps persons whose linkedin_public_id is the slug, ignoring case', () => {
    const persons = [
      person('a', { linkedin_public_id: 'greta-falkenried-e4bfad7b' }),
      person('b', { linkedin_public_id: 'Greta-Falkenried-E4BFAD7B' }),
      person('c', { linkedin_public_id: 'greta-falkenried' }),
    ];
    expect(selectMatches(persons, profile('greta-falkenried-e4bfad7b')).map(({ id }) => id)).toEqual(['a', 'b']);
  });

  it('compares percent-encoded and decoded slugs as the same', () => {
    const persons = [person('a', { linkedin_public_id: 'maël-hautecombe' })];
    expect(selectMatches(persons, profile('ma%C3%ABl-hautecombe'))).toHaveLength(1);
  });

  it('falls back to the /in/<slug>/ segment of linkedin_url when there is no public id', () => {
    const persons = [
      person('a', {
        linkedin_public_id: null,
        linkedin_url: 'http://de.linkedin.com/in/Hugo-Vesterholm-c76869bc?trk=x',
      }),
      person('b', { linkedin_url: 'https://www.linkedin.com/company/hugo-vesterholm-c76869bc/' }),
      person('c', {}),
    ];
    expect(selectMatches(persons, profile('hugo-vesterholm-c76869bc')).map(({ id }) => id)).toEqual(['a']);
  });

  it('trusts the public id over a URL that names the profile', () => {
    const persons = [
      person('a', {
        linkedin_public_id: 'someone-else',
        linkedin_url: 'https://www.linkedin.com/in/hugo-vesterholm-c76869bc/',
      }),
    ];
    expect(selectMatches(persons, profile('hugo-vesterholm-c76869bc'))).toEqual([]);
  });

  it('does not treat a slug prefix as a match', () => {
    expect(
      selectMatches([person('a', { linkedin_public_id: 'calla-northallen' })], profile('calla-northallen-2da20053')),
    ).toEqual([]);
  });

  it('matches a stored public id that is percent-encoded or decomposed (NFD) to the page', () => {
    const persons = [
      person('a', { linkedin_public_id: 'ma%C3%ABl-hautecombe' }),
      person('b', { linkedin_public_id: 'mae\u0308l-hautecombe' }),
    ];
    expect(selectMatches(persons, profile('Ma\u00ebl-Hautecombe')).map(({ id }) => id)).toEqual(['a', 'b']);
  });
});

describe('relationToProfile', () => {
  it.each<[string, Partial<StardexPerson>, string]>([
    ['same by public id', { linkedin_public_id: 'Calla-X' }, 'same'],
    ['another by public id', { linkedin_public_id: 'calla-y' }, 'other'],
    ['same by URL, without public id', { linkedin_url: 'linkedin.com/in/calla-x' }, 'same'],
    ['another by URL, without public id', { linkedin_url: 'https://www.linkedin.com/in/calla-y/' }, 'other'],
    ['no LinkedIn at all', { linkedin_public_id: null, linkedin_url: null }, 'none'],
    ['a URL that names no person', { linkedin_url: 'https://www.linkedin.com/company/calla-x/' }, 'none'],
  ])('%s', (_name, fields, relation) => {
    expect(relationToProfile(person('a', fields), profile('calla-x'))).toBe(relation);
  });
});
