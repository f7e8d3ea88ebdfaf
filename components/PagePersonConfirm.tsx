import type { PagePersonMatchView } from '@/lib/persons/page-person-messages';
import { pagePersonWords as words } from '@/lib/ui-words/page-person';
import { describePerson } from '@/lib/ui-words/persons';
import { PersonChoices } from './PersonChoices';
import { errorStatus, StatusMessage } from './StatusMessage';

/**
 * Who in Stardex a person named by a LinkedIn id is, as the popup's hook (entrypoints/popup/use-page-person.ts)
 * keeps it: the lookup, the candidate picked, and the confirmation or "not this person" under way.
 */
export interface PagePersonConfirmation {
  match: { data: PagePersonMatchView | undefined; error: Error | null };
  pickedId: string | null;
  setPickedId(personId: string): void;
  confirm: { isPending: boolean; error: Error | null; mutate(personId: string): void };
  forget: { isPending: boolean; error: Error | null; mutate(): void };
}

/**
 * "Confirm which Stardex person this is", for a lead or candidate page and for a conversation that links its
 * person by member id: what went wrong, if anything, then the confirmed person or the candidates to confirm.
 * `company`: the page's company, named when the candidates were narrowed to it (null when the page names none).
 */
export function PagePersonConfirm({
  confirmation,
  company,
}: {
  confirmation: PagePersonConfirmation;
  company: string | null;
}) {
  const { match, pickedId, setPickedId, confirm, forget } = confirmation;
  const problem = match.error ?? confirm.error ?? forget.error;
  return (
    <>
      {problem ? <StatusMessage {...errorStatus(problem)} /> : null}
      {match.data ? (
        <PagePersonPanel
          match={match.data}
          company={company}
          pickedId={pickedId}
          busy={confirm.isPending || forget.isPending}
          onPick={setPickedId}
          onConfirm={(personId) => confirm.mutate(personId)}
          onForget={() => forget.mutate()}
        />
      ) : null}
    </>
  );
}

interface PagePersonPanelProps {
  match: PagePersonMatchView;
  company: string | null;
  pickedId: string | null;
  busy: boolean;
  onPick(personId: string): void;
  onConfirm(personId: string): void;
  onForget(): void;
}

/**
 * Who in Stardex the page's person is. Nothing is linked until the user picks a candidate and
 * confirms it; the link is then remembered for the page's id.
 */
function PagePersonPanel({ match, company, pickedId, busy, onPick, onConfirm, onForget }: PagePersonPanelProps) {
  if (match.status === 'linked') {
    return (
      <div className="match match--found">
        <p>{words.linked(describePerson(match.person))}</p>
        <button type="button" disabled={busy} onClick={onForget}>
          {words.notThisPerson()}
        </button>
      </div>
    );
  }
  const removed = match.removedLink ? <p>{words.removedLink(match.removedLink.personName)}</p> : null;
  if (match.status === 'none') {
    return (
      <div className="match match--none">
        {removed}
        <p>{words.noneByName()}</p>
      </div>
    );
  }
  const legend = words.candidates(match.narrowedByCompany ? company : null);
  return (
    <>
      {removed}
      <PersonChoices persons={match.persons} legend={legend} group="page-person" pickedId={pickedId} onPick={onPick}>
        <button type="button" disabled={busy || pickedId === null} onClick={() => pickedId && onConfirm(pickedId)}>
          {words.confirm()}
        </button>
      </PersonChoices>
    </>
  );
}
