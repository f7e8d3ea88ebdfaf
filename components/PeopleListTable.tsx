import type { PeopleListReading } from '@/lib/people-lists/people-list-types';
import { lookupSymbol, offLimitsOf, type RowLookup } from '@/lib/people-lists/row-lookup';
import { offLimitsWords } from '@/lib/ui-words/companies';
import { peopleListWords as words } from '@/lib/ui-words/people-lists';

export interface PeopleListTableProps {
  list: PeopleListReading;
  /** One per person, in the list's order. */
  lookups: readonly RowLookup[];
  /** The checked rows' indexes ("Select all" leaves off-limits people out, lib/people-lists/row-selection.ts). */
  checked: readonly number[];
  reading: boolean;
  onReadAgain(): void;
  onToggle(row: number): void;
  onSelectAll(): void;
  onSelectNone(): void;
}

/**
 * The people a list page shows, one row each, as read, with whether each is in Stardex and a
 * checkbox: only checked people are touched. Rows LinkedIn has not rendered yet are counted, not
 * guessed, and "Read again" reads the page afresh once the user has scrolled.
 * The status cell is the row's one place for what the user should know about that person: the
 * lookup, and why they are off-limits when Stardex says so (issue 23).
 */
export function PeopleListTable(props: PeopleListTableProps) {
  const { list, lookups, checked, reading } = props;
  const columns = words.columns();
  const count = checked.length;
  return (
    <section aria-labelledby="people-list-title" className="people-list">
      <h2 id="people-list-title">{words.tableTitle()}</h2>
      <div className="notice">
        <p>{list.people.length === 0 ? words.noneRead() : words.readCount(list.people.length)}</p>
        {list.notYetShown > 0 ? <p>{words.notYetShown(list.notYetShown)}</p> : null}
        <button type="button" disabled={reading} onClick={props.onReadAgain}>
          {words.readAgain(reading)}
        </button>
      </div>
      {list.people.length > 0 ? (
        <>
          <div className="people-list__selection">
            <button type="button" onClick={props.onSelectAll}>
              {words.selectAll()}
            </button>
            <button type="button" onClick={props.onSelectNone}>
              {words.selectNone()}
            </button>
            <span>{words.selectedCount(count, list.people.length)}</span>
          </div>
          <table aria-labelledby="people-list-title" className="people-list__table">
            <thead>
              <tr>
                <th scope="col">{columns.select}</th>
                <th scope="col">{columns.name}</th>
                <th scope="col">{columns.status}</th>
                <th scope="col">{columns.line}</th>
                <th scope="col">{columns.location}</th>
                <th scope="col">{columns.linkedin}</th>
              </tr>
            </thead>
            <tbody>
              {list.people.map((person, index) => {
                const lookup = lookups[index] ?? { state: 'looking' };
                const offLimits = offLimitsOf(lookup);
                return (
                  // Rows have no id of their own (anonymised rows share every value); the order is the page's.
                  <tr key={index}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={words.selectPerson(person, index)}
                        checked={checked.includes(index)}
                        onChange={() => props.onToggle(index)}
                      />
                    </td>
                    <th scope="row">{words.name(person)}</th>
                    <td>
                      <span aria-hidden="true">{lookupSymbol(lookup)}</span> {words.lookup(lookup)}
                      {offLimits.length > 0 ? (
                        <strong className="people-list__off-limits">
                          {' '}
                          ⚠ {offLimits.map(offLimitsWords).join('. ')}
                        </strong>
                      ) : null}
                    </td>
                    <td>{words.line(person) ?? ''}</td>
                    <td>{person.location ?? ''}</td>
                    <td>
                      {person.url ? (
                        <a href={person.url} target="_blank" rel="noreferrer">
                          {person.url.replace('https://www.linkedin.com', '')}
                        </a>
                      ) : (
                        words.noPublicUrl()
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
