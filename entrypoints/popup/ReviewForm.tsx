import { CompanyPanel } from '@/components/CompanyPanel';
import { ContactFields } from '@/components/ContactFields';
import { LegacyUrlConfirm } from '@/components/LegacyUrlConfirm';
import { MatchPanel } from '@/components/MatchPanel';
import { PendingSaves } from '@/components/PendingSaves';
import { PersonSearch } from '@/components/PersonSearch';
import { PlacementPicker } from '@/components/PlacementPicker';
import { ReviewTable } from '@/components/ReviewTable';
import { StatusMessage } from '@/components/StatusMessage';
import { CONTACT_FIELDS } from '@/lib/review/contact-fields';
import { reviewFormWords as words } from '@/lib/ui-words/review';
import { useCompany } from './use-company';
import { useReviewForm, type ReviewFormInput } from './use-review-form';

export function ReviewForm(props: ReviewFormInput) {
  const review = useReviewForm(props);
  const { state, edit, busy, match, person, placement, outbox } = review;
  const company = useCompany({
    ...props,
    person,
    reviewedName: state.values.company,
    busy,
    onUseName: (name) =>
      edit({ values: { ...state.values, company: name }, choices: { ...state.choices, company: true } }),
  });

  return (
    // The keys are shortcuts for the controls inside (Save, close), caught as they bubble up from them.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      className="review-form"
      aria-label={words.label()}
      onSubmit={(event) => {
        event.preventDefault();
        review.submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          review.submit();
        }
        if (event.key === 'Escape') window.close();
      }}
    >
      <CompanyPanel {...company.panel} />
      {match.data ? (
        <MatchPanel
          match={match.data}
          selectedId={review.pickedId}
          busy={busy}
          canCreate={review.canCreate}
          onSelect={review.setPickedId}
          onCreate={() => review.create.mutate()}
          onUnlink={() => review.unlink.mutate()}
        />
      ) : null}
      {props.onlyFillEmpty && person ? <p className="hint">{words.onlyFillEmpty()}</p> : null}
      <ReviewTable
        rows={review.rows}
        showStardexColumn={person !== null}
        disabled={busy}
        onValueChange={(field, value) =>
          edit({ values: { ...state.values, [field]: value }, choices: { ...state.choices, [field]: true } })
        }
        onAcceptedChange={(field, isAccepted) => edit({ choices: { ...state.choices, [field]: isAccepted } })}
      />
      <ContactFields
        fields={CONTACT_FIELDS}
        values={state.contacts}
        problems={review.problems}
        disabled={busy}
        onChange={(field, value) => edit({ contacts: { ...state.contacts, [field]: value } })}
      />
      <label className="note">
        {words.note()}
        <textarea
          value={state.note}
          disabled={busy}
          rows={2}
          onChange={(event) => edit({ note: event.target.value })}
        />
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={state.enrich}
          disabled={busy}
          onChange={(event) => edit({ enrich: event.target.checked })}
        />
        {words.enrich()}
      </label>
      {person || match.data?.status === 'none' ? <PlacementPicker {...placement.picker} disabled={busy} /> : null}
      <StatusMessage {...review.status} />
      <div className="actions">
        <button type="submit" className="primary" disabled={!review.canSave} title={words.saveShortcut()}>
          {words.save()}
        </button>
        {review.latestDraft ? (
          <button type="button" disabled={busy} onClick={review.discardEdits}>
            {words.discardEdits()}
          </button>
        ) : null}
        <button
          type="button"
          disabled={busy}
          aria-expanded={review.linking}
          onClick={() => review.setLinking(!review.linking)}
        >
          {words.linkOther()}
        </button>
      </div>
      {review.linking ? (
        <PersonSearch
          results={review.search.data ?? null}
          searching={review.search.isPending}
          onSearch={(query) => review.search.mutate(query)}
          onLink={(found) => review.link.pick(found.id)}
        />
      ) : null}
      {review.link.unconfirmed ? (
        <LegacyUrlConfirm
          {...review.link.unconfirmed}
          busy={busy}
          onConfirm={review.link.confirm}
          onCancel={review.link.cancel}
        />
      ) : null}
      {outbox.data ? (
        <PendingSaves
          outbox={outbox.data}
          busy={review.outboxAction.isPending}
          onRetry={(id) => review.outboxAction.mutate({ id, action: 'retry' })}
          onDiscard={(id) => review.outboxAction.mutate({ id, action: 'discard' })}
          onRetryAll={() => review.outboxAction.mutate({ id: null, action: 'retry-all' })}
        />
      ) : null}
    </form>
  );
}
