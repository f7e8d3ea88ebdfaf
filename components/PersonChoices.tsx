import type { ReactNode } from 'react';
import type { PersonSummary } from '@/lib/messaging/protocol';
import { describePerson } from '@/lib/ui-words/persons';

/**
 * Several Stardex people, one to pick (a radio each, described as "Name — Role at Company"), under
 * `legend`; `children` follow the choices (a confirm button, where picking alone does nothing yet).
 */
export function PersonChoices({
  persons,
  legend,
  group,
  pickedId,
  onPick,
  children,
}: {
  persons: readonly PersonSummary[];
  legend: string;
  /** The radio group's name, one per kind of choice on the page. */
  group: string;
  pickedId: string | null;
  onPick(personId: string): void;
  children?: ReactNode;
}) {
  return (
    <fieldset className="match match--several">
      <legend>{legend}</legend>
      {persons.map((person) => (
        <label key={person.id} className="match__option">
          <input
            type="radio"
            name={group}
            value={person.id}
            checked={pickedId === person.id}
            onChange={() => onPick(person.id)}
          />
          {describePerson(person)}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
