import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { MatchPanel } from '@/components/MatchPanel';
import { ReviewTable, type ReviewRow } from '@/components/ReviewTable';
import { StatusMessage, type StatusMessageProps } from '@/components/StatusMessage';
import type { MatchResult, PersonSummary, TabProfile } from '@/lib/messaging/protocol';
import { BackgroundError, sendToBackground } from '@/lib/messaging/send-to-background';
import { acceptedPatch, fieldsThatWouldChange } from '@/lib/review/accepted-patch';
import { REVIEW_FIELDS, reviewedValuesFromProfile, type ReviewField } from '@/lib/review/review-fields';
import { describeFieldDiffs, type ReviewedValues } from '@/lib/stardex/change-set';

interface ReviewFormProps {
  tabId: number | null;
  profile: Extract<TabProfile, { kind: 'profile' }>;
  onlyFillEmpty: boolean;
}

function selectedPerson(match: MatchResult | undefined, pickedId: string | null): PersonSummary | null {
  if (match?.status === 'matched') return match.person;
  if (match?.status === 'several') return match.persons.find((person) => person.id === pickedId) ?? null;
  return null;
}

function failure(error: unknown): StatusMessageProps {
  return {
    tone: 'error',
    message: error instanceof Error ? error.message : String(error),
    detail: error instanceof BackgroundError ? error.detail : undefined,
  };
}

export function ReviewForm({ tabId, profile, onlyFillEmpty }: ReviewFormProps) {
  const reviewedUrl = profile.fields.url;
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ReviewedValues>(() => reviewedValuesFromProfile(profile.fields));
  const [pickedId, setPickedId] = useState<string | null>(null);
  // Per-field choices the user made; untouched fields follow "send what differs".
  const [choices, setChoices] = useState<Partial<Record<ReviewField, boolean>>>({});

  const match = useQuery({
    queryKey: ['match', reviewedUrl],
    enabled: reviewedUrl !== null,
    queryFn: () => sendToBackground({ type: 'person/match', linkedinUrl: reviewedUrl! }),
  });
  const person = selectedPerson(match.data, pickedId);
  const options = { onlyFillEmpty, enrich: false };
  const differing = fieldsThatWouldChange(values, person, options);
  const accepted = new Set(
    REVIEW_FIELDS.map(({ field }) => field).filter((field) => differing.has(field) && (choices[field] ?? true)),
  );
  const patch = acceptedPatch(values, person, accepted, options);

  const save = useMutation({
    mutationFn: () =>
      sendToBackground({ type: 'person/save', tabId, personId: person!.id, linkedinUrl: reviewedUrl!, patch }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['match', reviewedUrl] }),
  });

  const diffs = new Map(describeFieldDiffs(values, person).map((diff) => [diff.field, diff]));
  const rows: ReviewRow[] = REVIEW_FIELDS.map(({ field, label }) => ({
    field,
    label,
    value: values[field],
    stardexValue: person ? (diffs.get(field)?.current ?? null) : null,
    changed: differing.has(field),
    accepted: accepted.has(field),
    note: profile.missing.includes(field === 'linkedinUrl' ? 'url' : field) ? 'Not found on the page' : null,
  }));

  const canSave = person !== null && Object.keys(patch).length > 0 && !save.isPending;
  const submit = () => {
    if (canSave) save.mutate();
  };

  let status: StatusMessageProps;
  if (reviewedUrl === null)
    status = {
      tone: 'error',
      message: 'The LinkedIn URL of this profile is unknown, so it cannot be matched in Stardex.',
    };
  else if (save.isPending) status = { tone: 'info', message: 'Saving to Stardex…' };
  else if (save.isError) status = failure(save.error);
  else if (save.isSuccess)
    status = { tone: 'success', message: `Saved to Stardex: updated ${save.data.fields.length} field(s).` };
  else if (match.isError) status = failure(match.error);
  else if (match.isPending) status = { tone: 'info', message: 'Looking for this person in Stardex…' };
  else if (match.data.status === 'none')
    status = { tone: 'info', message: 'Not in Stardex: no person there has this LinkedIn URL.' };
  else if (!person)
    status = { tone: 'info', message: 'Several Stardex people have this LinkedIn URL: pick the right one.' };
  else if (Object.keys(patch).length === 0)
    status = { tone: 'success', message: 'Nothing to update: Stardex already has these values.' };
  else status = { tone: 'info', message: `Ready to update ${Object.keys(patch).length} field(s) in Stardex.` };

  return (
    <form
      className="review-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
        if (event.key === 'Escape') window.close();
      }}
    >
      {match.data ? <MatchPanel match={match.data} selectedId={pickedId} onSelect={setPickedId} /> : null}
      <ReviewTable
        rows={rows}
        showStardexColumn={person !== null}
        disabled={save.isPending}
        onValueChange={(field, value) => {
          setValues((current) => ({ ...current, [field]: value }));
          setChoices((current) => ({ ...current, [field]: true }));
        }}
        onAcceptedChange={(field, isAccepted) => setChoices((current) => ({ ...current, [field]: isAccepted }))}
      />
      <StatusMessage {...status} />
      <button type="submit" className="primary" disabled={!canSave}>
        Save to Stardex
      </button>
    </form>
  );
}
