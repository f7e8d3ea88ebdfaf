import type { PersonSummary } from '@/lib/messaging/protocol';
import { describePerson } from '@/lib/ui-words/persons';
import { reviewFormWords } from '@/lib/ui-words/review';

export interface LegacyUrlConfirmProps {
  person: PersonSummary;
  /** The legacy LinkedIn address the person's record stores. */
  legacyUrl: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Issue 22 item 13: the person picked to link stores an older LinkedIn address that cannot be compared
 * with the profile, so only the user can say it is this person; nothing is linked until they do.
 */
export function LegacyUrlConfirm({ person, legacyUrl, busy, onConfirm, onCancel }: LegacyUrlConfirmProps) {
  return (
    <div className="legacy-url-confirm" role="group" aria-label={reviewFormWords.legacyUrlConfirm()}>
      <p>{reviewFormWords.legacyUrlQuestion(describePerson(person), legacyUrl)}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {reviewFormWords.legacyUrlConfirm()}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {reviewFormWords.legacyUrlCancel()}
        </button>
      </div>
    </div>
  );
}
