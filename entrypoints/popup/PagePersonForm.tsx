import { ReviewTable } from '@/components/ReviewTable';
import { StatusMessage } from '@/components/StatusMessage';
import { pagePersonWords as words } from '@/lib/ui-words/page-person';
import { reviewFormWords } from '@/lib/ui-words/review';
import { usePagePersonSave, type PagePersonSaveInput } from './use-page-person-save';

/**
 * The review of a lead or candidate page saved to the Stardex person the user confirmed for it: the
 * page's values beside the record, per-field choices, a note. The LinkedIn URL is not among the
 * fields: the page does not show it, so the save never sends or changes it.
 */
export function PagePersonForm(props: PagePersonSaveInput) {
  const review = usePagePersonSave(props);
  return (
    <form
      className="review-form"
      aria-label={words.save()}
      onSubmit={(event) => {
        event.preventDefault();
        review.submit();
      }}
    >
      <ReviewTable
        rows={review.rows}
        showStardexColumn={review.hasRecord}
        disabled={review.busy}
        onValueChange={(field, value) =>
          review.edit({ values: { ...review.values, [field]: value }, choices: { ...review.choices, [field]: true } })
        }
        onAcceptedChange={(field, isAccepted) => review.edit({ choices: { ...review.choices, [field]: isAccepted } })}
      />
      <p className="hint">{words.noLinkedinUrl()}</p>
      <label className="note">
        {reviewFormWords.note()}
        <textarea
          value={review.note}
          disabled={review.busy}
          rows={2}
          onChange={(event) => review.setNote(event.target.value)}
        />
      </label>
      <StatusMessage {...review.status} />
      <div className="actions">
        <button type="submit" className="primary" disabled={!review.canSave}>
          {words.save()}
        </button>
      </div>
    </form>
  );
}
