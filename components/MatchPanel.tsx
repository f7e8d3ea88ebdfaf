import type { MatchResult, PersonSummary } from '@/lib/messaging/protocol';

export interface MatchPanelProps {
  match: MatchResult;
  selectedId: string | null;
  onSelect(personId: string): void;
}

function describePerson(person: PersonSummary): string {
  const role = [person.current_job_title, person.current_company_name].filter(Boolean).join(' at ');
  return [person.name ?? 'Unnamed person', role].filter(Boolean).join(' — ');
}

export function MatchPanel({ match, selectedId, onSelect }: MatchPanelProps) {
  if (match.status === 'none') {
    return <p className="match match--none">Not in Stardex: no person there has this LinkedIn URL.</p>;
  }
  if (match.status === 'matched') {
    return <p className="match match--found">In Stardex: {describePerson(match.person)}</p>;
  }
  return (
    <fieldset className="match match--several">
      <legend>Several Stardex people have this LinkedIn URL. Which one is it?</legend>
      {match.persons.map((person) => (
        <label key={person.id} className="match__option">
          <input
            type="radio"
            name="stardex-person"
            value={person.id}
            checked={selectedId === person.id}
            onChange={() => onSelect(person.id)}
          />
          {describePerson(person)}
        </label>
      ))}
    </fieldset>
  );
}
