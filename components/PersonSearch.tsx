import { useState } from 'react';
import type { PersonSummary } from '@/lib/messaging/protocol';
import { describePerson } from '@/lib/ui-words/persons';
import { reviewFormWords } from '@/lib/ui-words/review';

export interface PersonSearchProps {
  results: PersonSummary[] | null;
  searching: boolean;
  onSearch(query: string): void;
  onLink(person: PersonSummary): void;
}

/** "Link to a different person": find someone in Stardex by name or email and link this profile to them. */
export function PersonSearch({ results, searching, onSearch, onLink }: PersonSearchProps) {
  const [query, setQuery] = useState('');
  return (
    <div className="person-search">
      <label htmlFor="person-search">{reviewFormWords.findLabel()}</label>
      <div className="person-search__bar">
        <input
          id="person-search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              if (query.trim().length >= 2) onSearch(query);
            }
          }}
        />
        <button type="button" disabled={searching || query.trim().length < 2} onClick={() => onSearch(query)}>
          {reviewFormWords.search()}
        </button>
      </div>
      {results?.length === 0 ? <p>{reviewFormWords.nobodyMatches(query)}</p> : null}
      {results && results.length > 0 ? (
        <ul className="person-search__results">
          {results.map((person) => (
            <li key={person.id}>
              <span>{describePerson(person)}</span>
              <button
                type="button"
                onClick={() => onLink(person)}
                aria-label={reviewFormWords.linkTo(person.name ?? person.id)}
              >
                {reviewFormWords.link()}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
