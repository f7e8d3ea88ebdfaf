import { describe, expect, it } from 'vitest';
import { selectMatches } from '../../../lib/stardex/profile-match';
import type { StardexPerson } from '../../../lib/stardex/types';

const person = (id: string, fields: Partial<StardexPerson>): StardexPerson => ({ id, ...fields });

describe('selectMatches', () => {
  it('keeps persons whose linkedin_public_id is the slug, ignoring case', () => {
    const persons = [
      person('a', { linkedin_public_id: 'greta-falkenried-e4bfad7b' }),
      person('b', { linkedin_public_id: 'Greta-Falkenried-E4BFAD7B' }),
      person('c', { linkedin_public_id: 'greta-falkenried' }),
    ];
    expect(selectMatches(persons, 'greta-falkenried-e4bfad7b').map(({ id }) => id)).toEqual(['a', 'b']);
  });

  it('compares percent-encoded and decoded slugs as the same', () => {
    const persons = [person('a', { linkedin_public_id: 'maël-hautecombe' })];
    expect(selectMatches(persons, 'ma%C3%ABl-hautecombe')).toHaveLength(1);
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
    expect(selectMatches(persons, 'hugo-vesterholm-c76869bc').map(({ id }) => id)).toEqual(['a']);
  });

  it('trusts the public id over a URL that names the profile', () => {
    const persons = [
      person('a', {
        linkedin_public_id: 'someone-else',
        linkedin_url: 'https://www.linkedin.com/in/hugo-vesterholm-c76869bc/',
      }),
    ];
    expect(selectMatches(persons, 'hugo-vesterholm-c76869bc')).toEqual([]);
  });

  it('does not treat a slug prefix as a match', () => {
    expect(
      selectMatches([person('a', { linkedin_public_id: 'calla-northallen' })], 'calla-northallen-2da20053'),
    ).toEqual([]);
  });
});
