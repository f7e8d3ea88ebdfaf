/**
 * The one entry point for list pages: the people a LinkedIn people search, Sales Navigator lead
 * search or saved lead list shows, read from the document as the page renders it (pure, like
 * lib/linkedin/extract-profile.ts, and run by the same on-demand extractor).
 */
import { peopleListLayout } from './list-page';
import type { ListPerson, PeopleListReading } from './people-list-types';
import { isPlaceholderRow } from './row-lines';
import { readSalesNavigatorRow, salesNavigatorRows } from './sales-navigator-rows';
import { readSearchRow, searchResultRows } from './search-rows';

/** The people a list page at `url` shows; null when `url` is not a list page. */
export function readPeopleList(document: Document, url: string): PeopleListReading | null {
  const layout = peopleListLayout(url);
  if (layout === null) return null;
  const salesNavigator = layout !== 'people-search';
  const rows = salesNavigator ? salesNavigatorRows(document) : searchResultRows(document);
  const people: ListPerson[] = [];
  let notYetShown = 0;
  for (const row of rows) {
    if (isPlaceholderRow(row)) {
      notYetShown++;
      continue;
    }
    const person = salesNavigator ? readSalesNavigatorRow(row) : readSearchRow(row);
    if (person) people.push(person);
  }
  return { kind: 'list', layout, people, notYetShown };
}
