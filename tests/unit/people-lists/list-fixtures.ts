/** The list pages of tests/fixtures/linkedin/lists, with what each must read (cases.json there). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import type { PeopleListReading } from '../../../lib/people-lists/people-list-types';

const listsDir = path.resolve('tests/fixtures/linkedin/lists');

export interface ListFixtureCase {
  file: string;
  variant: string;
  /** What `location.href` is when the page is shown. */
  url: string;
  expected: PeopleListReading;
}

export const listFixtureCases: ListFixtureCase[] = JSON.parse(readFileSync(path.join(listsDir, 'cases.json'), 'utf8'));

export function parseListFixture(file: string): Document {
  const window = new Window({ url: 'https://www.linkedin.com/' });
  return new window.DOMParser().parseFromString(
    readFileSync(path.join(listsDir, file), 'utf8'),
    'text/html',
  ) as unknown as Document;
}
