import type { MatchResult } from '@/lib/messaging/protocol';
import { describePerson } from '@/lib/ui-words/persons';
import { notInStardexWords, reviewFormWords } from '@/lib/ui-words/review';
import { PersonChoices } from './PersonChoices';

export interface MatchPanelProps {
  match: MatchResult;
  selectedId: string | null;
  busy: boolean;
  /** Create is offered but not possible while a value is over its limit (the status line names it). */
  canCreate: boolean;
  onSelect(personId: string): void;
  onCreate(): void;
  onUnlink(): void;
}

export function MatchPanel({ match, selectedId, busy, canCreate, onSelect, onCreate, onUnlink }: MatchPanelProps) {
  if (match.status === 'several')
    return (
      <PersonChoices
        persons={match.persons}
        legend={reviewFormWords.severalMatch()}
        group="stardex-person"
        pickedId={selectedId}
        onPick={onSelect}
      />
    );
  if (match.status === 'none') {
    return (
      <div className="match match--none">
        <p>{notInStardexWords()}</p>
        {match.note ? <p>{match.note}</p> : null}
        <button type="button" disabled={busy || !canCreate} onClick={onCreate}>
          {reviewFormWords.create()}
        </button>
      </div>
    );
  }
  return (
    <div className="match match--found">
      <p>{reviewFormWords.inStardex(describePerson(match.person), match.linked)}</p>
      {match.linked ? (
        <button type="button" disabled={busy} onClick={onUnlink}>
          {reviewFormWords.unlink()}
        </button>
      ) : null}
    </div>
  );
}
