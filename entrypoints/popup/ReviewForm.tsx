import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ContactFields } from '@/components/ContactFields';
import { MatchPanel } from '@/components/MatchPanel';
import { PendingSaves } from '@/components/PendingSaves';
import { PersonSearch } from '@/components/PersonSearch';
import { PlacementPicker } from '@/components/PlacementPicker';
import { ReviewTable, type ReviewRow } from '@/components/ReviewTable';
import { errorStatus, StatusMessage, type StatusMessageProps } from '@/components/StatusMessage';
import { writeDraft, type Draft } from '@/lib/drafts';
import { REVIEW_FIELDS } from '@/lib/fields';
import type { MatchResult, PersonSummary, TabProfile } from '@/lib/messaging/protocol';
import { heldBackRetryDelayMs, heldBackSeconds, retryHeldBackLookup } from '@/lib/messaging/held-back-lookup';
import { MAX_NOTE_LENGTH, noteTooLongMessage } from '@/lib/notes';
import { sendToBackground } from '@/lib/messaging/send-to-background';
import { acceptedPatch, fieldsThatWouldChange } from '@/lib/review/accepted-patch';
import { CONTACT_FIELDS, contactPatch, contactProblems, EMPTY_CONTACTS } from '@/lib/review/contact-fields';
import { draftFromState, stateFromDraft, type ReviewState } from '@/lib/review/review-draft';
import { notFoundOnPage, personToCreate, reviewedValuesFromProfile } from '@/lib/review/review-fields';
import { describeFieldDiffs } from '@/lib/stardex/change-set';
import { heldBackLookupWords, keptInOutboxWords } from '@/lib/ui-words/failures';
import { usePlacement } from './use-placement';

interface ReviewFormProps {
  tabId: number | null;
  profile: Extract<TabProfile, { kind: 'profile' }>;
  /** The canonical profile URL; the review is for this profile only. */
  reviewedUrl: string;
  slug: string;
  draft: Draft | null;
  onlyFillEmpty: boolean;
}

function candidate(match: MatchResult | undefined, pickedId: string | null): PersonSummary | null {
  if (match?.status === 'matched') return match.person;
  if (match?.status === 'several') return match.persons.find((person) => person.id === pickedId) ?? null;
  return null;
}

export function ReviewForm({ tabId, profile, reviewedUrl, slug, draft, onlyFillEmpty }: ReviewFormProps) {
  const queryClient = useQueryClient();
  const pageValues = reviewedValuesFromProfile(profile.fields);
  const [state, setState] = useState<ReviewState>(() => stateFromDraft(pageValues, draft));
  // What counts as "unsaved": the page's values at first, the saved values after a save.
  const [baseline, setBaseline] = useState(pageValues);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);
  // A draft that could not be kept (storage full, …) is said, never only logged.
  const [draftError, setDraftError] = useState<unknown>(null);
  const noteTooLong = state.note.length > MAX_NOTE_LENGTH;

  // Every edit is kept per profile, so closing the popup (or a crash) loses nothing.
  const firstRender = useRef(true);
  // Time 0 here: this copy only tells whether (and what) to write; the write below stamps the real time.
  const latestDraft = draftFromState(baseline, state, 0);
  const draftKey = JSON.stringify(latestDraft);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // The draft holds notes up to the same limit; a longer one is refused visibly below, not written.
    if (noteTooLong) return;
    writeDraft(slug, draftFromState(baseline, state, Date.now())).then(
      () => setDraftError(null),
      (error: unknown) => {
        console.error('[stardex] could not keep the draft', error);
        setDraftError(error);
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- draftKey captures every change worth writing
  }, [draftKey, slug]);

  // A lookup the rate limit held back asks again by itself when the wait is over.
  const waitOutRateLimit = { retry: retryHeldBackLookup, retryDelay: heldBackRetryDelayMs };
  const match = useQuery({
    queryKey: ['match', reviewedUrl],
    queryFn: () => sendToBackground({ type: 'person/match', linkedinUrl: reviewedUrl }),
    ...waitOutRateLimit,
  });
  const summary = candidate(match.data, pickedId);
  // The review compares against the record as it is now, not the search hit.
  const record = useQuery({
    queryKey: ['person', summary?.id],
    enabled: summary !== null,
    queryFn: () => sendToBackground({ type: 'person/get', personId: summary!.id }),
    ...waitOutRateLimit,
  });
  const person = summary ? (record.data ?? null) : null;
  const placement = usePlacement(person);
  const outbox = useQuery({
    queryKey: ['outbox', reviewedUrl],
    queryFn: () => sendToBackground({ type: 'outbox/list', linkedinUrl: reviewedUrl }),
    refetchInterval: (query) => ((query.state.data?.forProfile.length ?? 0) > 0 ? 2000 : false),
  });

  const options = { onlyFillEmpty, enrich: state.enrich };
  const differing = fieldsThatWouldChange(state.values, person, options);
  const accepted = new Set(
    REVIEW_FIELDS.map(({ key }) => key).filter((f) => differing.has(f) && (state.choices[f] ?? true)),
  );
  const problems = contactProblems(state.contacts);
  const patch = { ...acceptedPatch(state.values, person, accepted, options), ...contactPatch(state.contacts, person) };
  const hasProblems = Object.keys(problems).length > 0;
  const fieldCount = Object.keys(patch).filter((key) => key !== 'enrich_record').length;

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['match', reviewedUrl] });
    void queryClient.invalidateQueries({ queryKey: ['person'] });
    void queryClient.invalidateQueries({ queryKey: ['outbox', reviewedUrl] });
  };
  const afterSaved = () => {
    writeDraft(slug, null).catch((error) => console.error('[stardex] could not clear the draft', error));
    setBaseline(state.values);
    setState((current) => ({ ...current, contacts: EMPTY_CONTACTS, note: '', enrich: false, choices: {} }));
    placement.reset();
    refresh();
  };
  const save = useMutation({
    mutationFn: () =>
      sendToBackground({
        type: 'person/save',
        tabId,
        personId: person!.id,
        personName: person!.name ?? null,
        linkedinUrl: reviewedUrl,
        patch,
        note: state.note.trim() === '' ? null : state.note.trim(),
        placement: placement.choice,
      }),
    onSuccess: afterSaved,
    onError: refresh,
  });
  const create = useMutation({
    mutationFn: () =>
      sendToBackground({
        type: 'person/create',
        tabId,
        linkedinUrl: reviewedUrl,
        person: personToCreate(state.values, contactPatch(state.contacts, null), state.enrich),
        placement: placement.choice,
      }),
    onSuccess: afterSaved,
  });
  const search = useMutation({ mutationFn: (query: string) => sendToBackground({ type: 'person/search', query }) });
  const link = useMutation({
    mutationFn: (personId: string) => sendToBackground({ type: 'link/set', linkedinUrl: reviewedUrl, personId }),
    onSuccess: (result) => {
      queryClient.setQueryData(['match', reviewedUrl], result);
      setLinking(false);
    },
  });
  const unlink = useMutation({
    mutationFn: () => sendToBackground({ type: 'link/remove', linkedinUrl: reviewedUrl }),
    onSuccess: (result) => queryClient.setQueryData(['match', reviewedUrl], result),
  });
  const outboxAction = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'retry' | 'discard' }) =>
      sendToBackground({ type: action === 'retry' ? 'outbox/retry' : 'outbox/discard', id, linkedinUrl: reviewedUrl }),
    onSuccess: (view) => {
      queryClient.setQueryData(['outbox', reviewedUrl], view);
      void queryClient.invalidateQueries({ queryKey: ['person'] });
    },
  });

  const busy = save.isPending || create.isPending || link.isPending || unlink.isPending;
  const hasNote = state.note.trim() !== '';
  const placing = placement.choice !== undefined;
  const canSave = person !== null && (fieldCount > 0 || hasNote || placing) && !hasProblems && !noteTooLong && !busy;
  const submit = () => {
    if (canSave) save.mutate();
  };
  const edit = (change: Partial<ReviewState>) => {
    save.reset();
    setState((current) => ({ ...current, ...change }));
  };

  const diffs = new Map(describeFieldDiffs(state.values, person).map((diff) => [diff.field, diff]));
  const rows: ReviewRow[] = REVIEW_FIELDS.map(({ key: field, label }) => ({
    field,
    label,
    value: state.values[field],
    stardexValue: person ? (diffs.get(field)?.current ?? null) : null,
    changed: differing.has(field),
    accepted: accepted.has(field),
    note: notFoundOnPage(field, profile.missing) ? 'Not found on the page' : null,
  }));

  const lookupWait = heldBackSeconds(
    match.isPending ? match.failureReason : record.isPending ? record.failureReason : null,
  );
  let status: StatusMessageProps;
  const actionError = [save, create, link, unlink, search, outboxAction].find((m) => m.isError)?.error;
  if (busy) status = { tone: 'info', message: create.isPending ? 'Creating in Stardex…' : 'Saving to Stardex…' };
  else if (actionError) status = errorStatus(actionError);
  else if (noteTooLong)
    status = {
      tone: 'error',
      message: `${noteTooLongMessage(state.note.length)} Shorten it to save; until then your edits are not kept as a draft.`,
    };
  else if (draftError)
    status = {
      ...errorStatus(draftError),
      message: `Your edits could not be kept: ${errorStatus(draftError).message}`,
    };
  else if (save.data?.status === 'saved')
    status = {
      tone: 'success',
      message: `Saved to Stardex: updated ${save.data.fields.length} field(s)${save.data.placed ? `; ${save.data.placed.join(', ')}` : ''}.${save.data.notice ? ` ${save.data.notice}` : ''}`,
    };
  else if (save.data?.status === 'queued')
    status = { tone: 'info', message: keptInOutboxWords(save.data.attempt, save.data.stuckPart) };
  else if (create.data) status = { tone: 'success', message: create.data.message };
  else if (match.isError) status = errorStatus(match.error);
  else if (record.isError) status = errorStatus(record.error);
  else if (lookupWait !== null)
    status = {
      tone: 'info',
      message: heldBackLookupWords(lookupWait),
    };
  else if (match.isPending) status = { tone: 'info', message: 'Looking for this person in Stardex…' };
  else if (match.data.status === 'none')
    status = { tone: 'info', message: 'Not in Stardex: no person there has this LinkedIn URL.' };
  else if (!summary)
    status = { tone: 'info', message: 'Several Stardex people have this LinkedIn URL: pick the right one.' };
  else if (!person) status = { tone: 'info', message: 'Reading the Stardex record…' };
  else if (hasProblems) status = { tone: 'error', message: 'Fix the contact details marked below before saving.' };
  else if (fieldCount === 0 && !hasNote && !placing)
    status = { tone: 'success', message: 'Nothing to update: Stardex already has these values.' };
  else
    status = {
      tone: 'info',
      message: `Ready to update ${fieldCount} field(s)${placing ? ' and the jobs and lists chosen' : ''} in Stardex.`,
    };

  return (
    // The keys are shortcuts for the controls inside (Save, close), caught as they bubble up from them.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      className="review-form"
      aria-label="Review for Stardex"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          submit();
        }
        if (event.key === 'Escape') window.close();
      }}
    >
      {match.data ? (
        <MatchPanel
          match={match.data}
          selectedId={pickedId}
          busy={busy}
          onSelect={setPickedId}
          onCreate={() => create.mutate()}
          onUnlink={() => unlink.mutate()}
        />
      ) : null}
      {onlyFillEmpty && person ? <p className="hint">Only empty Stardex fields are filled (see Options).</p> : null}
      <ReviewTable
        rows={rows}
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
        problems={problems}
        disabled={busy}
        onChange={(field, value) => edit({ contacts: { ...state.contacts, [field]: value } })}
      />
      <label className="note">
        Note
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
        Enrich in Stardex (may use paid credits)
      </label>
      {person || match.data?.status === 'none' ? <PlacementPicker {...placement.picker} disabled={busy} /> : null}
      <StatusMessage {...status} />
      <div className="actions">
        <button type="submit" className="primary" disabled={!canSave} title="Ctrl+Enter">
          Save to Stardex
        </button>
        {latestDraft ? (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              edit({
                values: pageValues,
                contacts: EMPTY_CONTACTS,
                choices: {},
                note: '',
                enrich: false,
              })
            }
          >
            Discard edits
          </button>
        ) : null}
        <button type="button" disabled={busy} aria-expanded={linking} onClick={() => setLinking(!linking)}>
          Link to a different person
        </button>
      </div>
      {linking ? (
        <PersonSearch
          results={search.data ?? null}
          searching={search.isPending}
          onSearch={(query) => search.mutate(query)}
          onLink={(found) => link.mutate(found.id)}
        />
      ) : null}
      {outbox.data ? (
        <PendingSaves
          outbox={outbox.data}
          busy={outboxAction.isPending}
          onRetry={(id) => outboxAction.mutate({ id, action: 'retry' })}
          onDiscard={(id) => outboxAction.mutate({ id, action: 'discard' })}
        />
      ) : null}
    </form>
  );
}
