import type { PeopleListReading } from '@/lib/people-lists/people-list-types';
import { peopleListWords as words } from '@/lib/ui-words/people-lists';

export interface PeopleListTableProps {
  list: PeopleListReading;
  reading: boolean;
  onReadAgain(): void;
}

/**
 * The people a list page shows, one row each, as read. Rows LinkedIn has not rendered yet are
 * counted, not guessed, and "Read again" reads the page afresh once the user has scrolled.
 */
export function PeopleListTable({ list, reading, onReadAgain }: PeopleListTableProps) {
  const columns = words.columns();
  return (
    <section aria-labelledby="people-list-title" className="people-list">
      <h2 id="people-list-title">{words.tableTitle()}</h2>
      <div className="notice">
        <p>{list.people.length === 0 ? words.noneRead() : words.readCount(list.people.length)}</p>
        {list.notYetShown > 0 ? <p>{words.notYetShown(list.notYetShown)}</p> : null}
        <button type="button" disabled={reading} onClick={onReadAgain}>
          {words.readAgain(reading)}
        </button>
      </div>
      {list.people.length > 0 ? (
        <table aria-labelledby="people-list-title" className="people-list__table">
          <thead>
            <tr>
              <th scope="col">{columns.name}</th>
              <th scope="col">{columns.line}</th>
              <th scope="col">{columns.location}</th>
              <th scope="col">{columns.linkedin}</th>
            </tr>
          </thead>
          <tbody>
            {list.people.map((person, index) => (
              // Rows have no id of their own (anonymised rows share every value); the page's order is stable per read.
              <tr key={index}>
                <th scope="row">{words.name(person)}</th>
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
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
