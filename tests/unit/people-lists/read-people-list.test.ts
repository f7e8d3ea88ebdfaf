import { describe, expect, test } from 'vitest';
import { peopleListLayout } from '@/lib/people-lists/list-page';
import { readPeopleList } from '@/lib/people-lists/read-people-list';
import { listFixtureCases, parseListFixture } from './list-fixtures';

function read(file: string) {
  const fixture = listFixtureCases.find((candidate) => candidate.file === file)!;
  return readPeopleList(parseListFixture(file), fixture.url)!;
}

describe('readPeopleList on every list fixture', () => {
  test.each(listFixtureCases.map((fixture) => [fixture.file, fixture.variant, fixture] as const))(
    '%s (%s)',
    (_file, _variant, fixture) => {
      expect(readPeopleList(parseListFixture(fixture.file), fixture.url)).toEqual(fixture.expected);
    },
  );
});

describe('what a row may and may not give', () => {
  test('a mutual-connection or "follows" link inside a row is never the row’s URL or name', () => {
    for (const file of ['80-search-ember-2025.html', '81-search-sdui-2026.html', '83-search-ember-de.html']) {
      const people = read(file).people;
      const urls = people.map((person) => person.url ?? '');
      expect(urls.filter((url) => /mutual|knows|follows|gemein/.test(url))).toEqual([]);
      expect(people.map((person) => person.name)).not.toContain('Corin Mutualson');
    }
  });

  test('an anonymised "LinkedIn Member" row, in any UI language, has no name and no URL but keeps its lines', () => {
    const english = read('80-search-ember-2025.html').people[2]!;
    const german = read('83-search-ember-de.html').people[1]!;
    expect(english).toMatchObject({ url: null, name: null, headline: 'Recruitment Consultant at Harrowgate Search' });
    expect(german).toMatchObject({ url: null, name: null, location: 'Köln, Nordrhein-Westfalen, Deutschland' });
  });

  test('a summary or insight under a row without location is not read as its location', () => {
    expect(read('80-search-ember-2025.html').people[3]!.location).toBeNull();
    expect(read('81-search-sdui-2026.html').people[1]!.location).toBeNull();
    expect(read('83-search-ember-de.html').people[2]!.location).toBeNull();
  });

  test('rows not rendered yet are counted, never guessed', () => {
    const reading = read('82-search-sdui-lazy.html');
    expect(reading.people).toHaveLength(3);
    expect(reading.notYetShown).toBe(7);
  });

  test('a Sales Navigator row has no /in/ URL, the line under the name is the role, and the lead id is kept', () => {
    const people = read('84-sales-navigator-search.html').people;
    expect(people.every((person) => person.url === null && person.headline === null)).toBe(true);
    expect(people[0]).toMatchObject({
      title: 'Head of Talent Acquisition',
      company: 'Quillmont Systems',
      leadId: 'ACwAAAPq1',
    });
    expect(people.map((person) => person.name)).not.toContain('Viewer Self');
  });

  test('a duration line after the role is not a location', () => {
    expect(read('84-sales-navigator-search.html').people[1]!.location).toBeNull();
  });

  test('the aside and the pagination are not rows', () => {
    const names = read('80-search-ember-2025.html').people.map((person) => person.name);
    expect(names).not.toContain('Aside Person');
    expect(read('81-search-sdui-2026.html').people).toHaveLength(4);
  });

  test('a page that is not a list reads as null', () => {
    const anyPage = parseListFixture('80-search-ember-2025.html');
    expect(readPeopleList(anyPage, 'https://www.linkedin.com/in/ansel-brightwater-4f2a1/')).toBeNull();
    expect(readPeopleList(anyPage, 'https://www.linkedin.com/search/results/companies/?keywords=x')).toBeNull();
  });
});

describe('peopleListLayout', () => {
  const lists: [string, string][] = [
    ['https://www.linkedin.com/search/results/people/?keywords=cto', 'people-search'],
    ['https://www.linkedin.com/search/results/people/', 'people-search'],
    ['https://fr.linkedin.com/search/results/people/?keywords=cto&page=3', 'people-search'],
    ['https://www.linkedin.com/sales/search/people?query=(x)', 'sales-navigator-search'],
    [
      'https://www.linkedin.com/sales/lists/people/7123456789012345678?sortCriteria=CREATED_TIME',
      'sales-navigator-list',
    ],
  ];
  test.each(lists)('%s is a %s', (url, layout) => {
    expect(peopleListLayout(url)).toBe(layout);
  });

  const notLists = [
    'https://www.linkedin.com/search/results/people/headless?keywords=cto',
    'https://www.linkedin.com/search/results/all/?keywords=cto',
    'https://www.linkedin.com/search/results/companies/?keywords=cto',
    'https://www.linkedin.com/sales/lead/ACwAAAPq1,NAME_SEARCH,x1',
    'https://www.linkedin.com/sales/lists/people/',
    'https://www.linkedin.com/in/jane-doe/',
    'https://example.com/search/results/people/',
    'not a url',
  ];
  test.each(notLists)('%s is not a list of people', (url) => {
    expect(peopleListLayout(url)).toBeNull();
  });
});
