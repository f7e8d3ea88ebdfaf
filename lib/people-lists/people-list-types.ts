/**
 * What a LinkedIn list page (a people search, a Sales Navigator lead search or saved lead list)
 * shows: one entry per person the page has rendered. `null` means "the row does not show it".
 */
export interface ListPerson {
  /** The person's own canonical `https://www.linkedin.com/in/<slug>/`; null on Sales Navigator and anonymised rows. */
  url: string | null;
  /** Null on an anonymised ("LinkedIn Member") row: the page names nobody. */
  name: string | null;
  /** The line under the name on a people search; Sales Navigator shows the current role there instead. */
  headline: string | null;
  location: string | null;
  /** The current role, where the page shows it as such (Sales Navigator). */
  title: string | null;
  company: string | null;
  /** Sales Navigator's opaque lead id (`/sales/lead/<id>,…`), the row's only stable name there. */
  leadId: string | null;
}

export type PeopleListLayout = 'people-search' | 'sales-navigator-search' | 'sales-navigator-list';

export interface PeopleListReading {
  kind: 'list';
  layout: PeopleListLayout;
  people: ListPerson[];
  /**
   * Result rows present but not rendered yet (LinkedIn fills rows in as they scroll into view):
   * never guessed, counted so the review can say so and offer to read again.
   */
  notYetShown: number;
}
