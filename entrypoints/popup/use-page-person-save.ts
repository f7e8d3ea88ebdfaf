import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReviewRow } from '@/components/ReviewTable';
import { errorStatus } from '@/components/StatusMessage';
import { fieldsOverLimit, REVIEW_FIELDS, type ReviewField } from '@/lib/fields';
import type { PersonSummary, TabProfile } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send-to-background';
import { MAX_NOTE_LENGTH } from '@/lib/notes';
import type { PagePerson } from '@/lib/persons/page-person';
import { acceptedPatch, fieldsThatWouldChange } from '@/lib/review/accepted-patch';
import type { ReviewState } from '@/lib/review/review-draft';
import { notFoundOnPage, reviewedValuesFromProfile } from '@/lib/review/review-fields';
import { reviewStatus } from '@/lib/review/review-status';
import { describeFieldDiffs } from '@/lib/stardex/change-set';
import { pagePersonWords } from '@/lib/ui-words/page-person';

export interface PagePersonSaveInput {
  tabId: number;
  person: PagePerson;
  profile: Extract<TabProfile, { kind: 'profile' }>;
  /** The Stardex person the user confirmed for the page's id. */
  confirmed: PersonSummary;
  onlyFillEmpty: boolean;
}

/** The page shows no public URL: the LinkedIn URL is never a row of this review, so never sent. */
const FIELDS_WITHOUT_URL = REVIEW_FIELDS.filter(({ key }) => key !== 'linkedinUrl');

/**
 * The review of a lead or candidate page as data, once the user confirmed who in Stardex it is: the
 * page's values beside the record, per-field choices and edits, a note, and the save to that person.
 */
export function usePagePersonSave({ tabId, person, profile, confirmed, onlyFillEmpty }: PagePersonSaveInput) {
  const queryClient = useQueryClient();
  const pageValues = reviewedValuesFromProfile(profile.fields);
  const [values, setValues] = useState(pageValues);
  const [choices, setChoices] = useState<ReviewState['choices']>({});
  const [note, setNote] = useState('');
  // The review compares against the record as it is now, not the one the match answered with.
  const record = useQuery({
    queryKey: ['person', confirmed.id],
    queryFn: () => sendToBackground({ type: 'person/get', personId: confirmed.id }),
  });
  const stardex = record.data ?? null;

  const options = { onlyFillEmpty, enrich: false };
  const differing = fieldsThatWouldChange(values, stardex, options);
  differing.delete('linkedinUrl');
  const accepted = new Set<ReviewField>([...differing].filter((field) => choices[field] ?? true));
  const patch = acceptedPatch(values, stardex, accepted, options);
  const fieldCount = Object.keys(patch).length;
  const trimmedNote = note.trim();
  const noteTooLong = note.length > MAX_NOTE_LENGTH;

  const save = useMutation({
    mutationFn: () =>
      sendToBackground({
        type: 'page-person/save',
        tabId,
        person,
        personId: confirmed.id,
        personName: stardex?.name ?? confirmed.name ?? null,
        patch,
        note: trimmedNote === '' ? null : trimmedNote,
      }),
    onSuccess: () => {
      setChoices({});
      setNote('');
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['person', confirmed.id] }),
  });
  const busy = save.isPending;
  const overLimit = fieldsOverLimit(patch);
  const canSave =
    stardex !== null && (fieldCount > 0 || trimmedNote !== '') && overLimit.length === 0 && !noteTooLong && !busy;
  const edit = (change: Partial<Pick<ReviewState, 'values' | 'choices'>>) => {
    save.reset();
    if (change.values) setValues(change.values);
    if (change.choices) setChoices(change.choices);
  };

  const diffs = new Map(describeFieldDiffs(values, stardex).map((diff) => [diff.field, diff]));
  const rows: ReviewRow[] = FIELDS_WITHOUT_URL.map(({ key: field, label }) => ({
    field,
    label,
    value: values[field],
    stardexValue: diffs.get(field)?.current ?? null,
    changed: differing.has(field),
    accepted: accepted.has(field),
    note: notFoundOnPage(field, profile.missing) ? pagePersonWords.notShown(false) : null,
  }));

  const status = reviewStatus(
    {
      sending: busy ? 'saving' : null,
      actionError: save.isError ? save.error : undefined,
      noteLength: note.length,
      draftError: undefined,
      saved: save.data,
      created: undefined,
      // The person the user confirmed for this page: as sure as a link made by hand.
      match: { state: 'done', data: { status: 'matched', person: confirmed, linked: true } },
      record: record.isError
        ? { state: 'error', error: record.error }
        : record.isSuccess
          ? { state: 'done', data: record.data }
          : { state: 'pending', failureReason: record.failureReason },
      hasContactProblems: false,
      overLimit,
      fieldCount,
      hasNote: trimmedNote !== '',
      placing: false,
    },
    errorStatus,
  );

  return {
    rows,
    values,
    choices,
    note,
    setNote: (next: string) => {
      save.reset();
      setNote(next);
    },
    edit,
    busy,
    canSave,
    submit: () => {
      if (canSave) save.mutate();
    },
    status,
    hasRecord: stardex !== null,
  };
}
