import type { SeedPerson } from '../../scripts/stardex-sandbox/server';
import { listFixtureCases } from '../unit/people-lists/list-fixtures';

/** The 2025 people search: people in Stardex, people not in it, and one without a public URL. */
export const MIXED_SEARCH = listFixtureCases.find((fixture) => fixture.file === '80-search-ember-2025.html')!;

/** The search's first row, Ansel Brightwater, as Stardex has him, with `more` laid over. */
export function anselInStardex(more: Partial<SeedPerson> = {}): SeedPerson {
  const [ansel] = MIXED_SEARCH.expected.people;
  return {
    id: '5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    name: 'Ansel Brightwater',
    linkedin_public_id: 'ansel-brightwater-4f2a1',
    linkedin_url: ansel!.url!,
    ...more,
  };
}
