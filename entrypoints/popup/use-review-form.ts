import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReviewRow } from '@/components/ReviewTable';
import { errorStatus } from '@/components/StatusMessage';
import type { Draft } from '@/lib/drafts/drafts';
import { fieldsOverLimit, REVIEW_FIELDS } from '@/lib/fields';
import type { MatchResult, PersonSummary, TabProfile } from '@/lib/messaging/protocol';
import { heldBackRetryDelayMs, retryHeldBackLookup } from '@/lib/messaging/held-back-lookup';
import { MAX_NOTE_LENGTH } from '@/lib/notes';
import { sendToBackground } from '@/lib/messaging/send-to-background';
import { acceptedPatch, fieldsThatWouldChange } from '@/lib/review/accepted-patch';
import { contactPatch, contactProblems, EMPTY_CONTACTS } from '@/lib/review/contact-fields';
import { stateFromDraft, withDraftChange, type ReviewState } from '@/lib/review/review-draft';
import { notFoundOnPage, personToCreate, reviewedValuesFromProfile } from '@/lib/review/review-fields';
import { reviewStatus, type Lookup } from '@/lib/review/review-status';
import { describeFieldDiffs } from '@/lib/stardex/change-set';
import { useDraftAutosave } from './use-draft-autosave';
import { usePlacement } from './use-placement';
import { useLinkPerson } from './use-link-person';
import { reviewFormWords } from '@/lib/ui-words/review';

export interface ReviewFormInput {
  tabId: number | null;
  profile: Extract<TabProfile, { kind: 'profile' }>;
  /** The canonical profile URL; the review is for this profile only. */
  reviewedUrl: string;
  slug: string;
  draft: Draft | null;
  onlyFillEmpty: boolean;
}

/** A react-query lookup in the terms of the status line. */
function lookup<T>(query: UseQueryResult<T, unknown>): Lookup<T> {
  if (query.isError) return { state: 'error', error: query.error };
  if (query.isSuccess) return { state: 'done', data: query.data };
  return { state: 'pending', failureReason: query.failureReason };
}

function candidate(match: MatchResult | undefined, pickedId: string | null): PersonSummary | null {
  if (match?.status === 'matched') return match.person;
  if (match?.status === 'several') return match.persons.find((person) => person.id === pickedId) ?? null;
  return null;
}

/**
 * The review of one profile as data: its queries (match, record, outbox), its mutations (save, create,
 * link, unlink, outbox actions), the user's edits and what follows from them (rows, patch, status).
 * ReviewForm only renders what this returns.
 */
export function useReviewForm({ tabId, profile, reviewedUrl, slug, draft, onlyFillEmpty }: ReviewFormInput) {
  const queryClient = useQueryClient();
  const pageValues = reviewedValuesFromProfile(profile.fields);
  const [state, setState] = useState<ReviewState>(() => stateFromDraft(pageValues, draft));
  // What counts as "unsaved": the page's values at first, the saved values after a save.
  const [baseline, setBaseline] = useState(pageValues);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);
  const noteTooLong = state.note.length > MAX_NOTE_LENGTH;
  const { latestDraft, draftError, clearDraft } = useDraftAutosave(
    slug,
    baseline,
    state,
    noteTooLong,
    draft,
    (before, after) => setState((current) => withDraftChange(current, baseline, before, after)),
  );

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
  const toCreate = personToCreate(state.values, contactPatch(state.contacts, null), state.enrich);
  // What Save or Create would send, checked against each field's one limit before anything is sent.
  const overLimit = fieldsOverLimit(person ? patch : toCreate);
  const fieldCount = Object.keys(patch).filter((key) => key !== 'enrich_record').length;

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['match', reviewedUrl] });
    void queryClient.invalidateQueries({ queryKey: ['person'] });
    void queryClient.invalidateQueries({ queryKey: ['outbox', reviewedUrl] });
  };
  const afterSaved = () => {
    clearDraft();
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
        person: toCreate,
        placement: placement.choice,
      }),
    onSuccess: afterSaved,
  });
  const search = useMutation({ mutationFn: (query: string) => sendToBackground({ type: 'person/search', query }) });
  const link = useLinkPerson(reviewedUrl, () => setLinking(false));
  const unlink = useMutation({
    mutationFn: () => sendToBackground({ type: 'link/remove', linkedinUrl: reviewedUrl }),
    onSuccess: (result) => queryClient.setQueryData(['match', reviewedUrl], result),
  });
  const outboxAction = useMutation({
    mutationFn: (request: { id: string; action: 'retry' | 'discard' } | { id: null; action: 'retry-all' }) =>
      request.id === null
        ? sendToBackground({ type: 'outbox/retry-all', linkedinUrl: reviewedUrl })
        : sendToBackground({
            type: request.action === 'retry' ? 'outbox/retry' : 'outbox/discard',
            id: request.id,
            linkedinUrl: reviewedUrl,
          }),
    onSuccess: (view) => {
      queryClient.setQueryData(['outbox', reviewedUrl], view);
      void queryClient.invalidateQueries({ queryKey: ['person'] });
    },
  });

  const busy = save.isPending || create.isPending || link.link.isPending || unlink.isPending;
  const hasNote = state.note.trim() !== '';
  const placing = placement.choice !== undefined;
  const withinLimits = overLimit.length === 0;
  const canSave =
    person !== null && (fieldCount > 0 || hasNote || placing) && !hasProblems && withinLimits && !noteTooLong && !busy;
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
    note: notFoundOnPage(field, profile.missing) ? reviewFormWords.notFoundOnPage() : null,
  }));

  const actionError = [save, create, link.link, unlink, search, outboxAction].find((m) => m.isError)?.error;
  const status = reviewStatus(
    {
      sending: busy ? (create.isPending ? 'creating' : 'saving') : null,
      actionError,
      noteLength: state.note.length,
      draftError,
      saved: save.data,
      created: create.data,
      match: lookup(match),
      record: summary ? lookup(record) : null,
      hasContactProblems: hasProblems,
      overLimit,
      fieldCount,
      hasNote,
      placing,
    },
    errorStatus,
  );

  const discardEdits = () =>
    edit({ values: pageValues, contacts: EMPTY_CONTACTS, choices: {}, note: '', enrich: false });

  return {
    state,
    edit,
    rows,
    problems,
    busy,
    canSave,
    canCreate: withinLimits && !busy,
    submit,
    status,
    match,
    person,
    pickedId,
    setPickedId,
    placement,
    latestDraft,
    discardEdits,
    linking,
    setLinking,
    outbox,
    create,
    unlink,
    search,
    link,
    outboxAction,
  };
}
