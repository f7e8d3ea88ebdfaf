import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PeopleListRun } from '@/components/PeopleListRun';
import { PeopleListTable } from '@/components/PeopleListTable';
import { PlacementPicker } from '@/components/PlacementPicker';
import type { PeopleListReading } from '@/lib/people-lists/people-list-types';
import type { ListRunRow } from '@/lib/people-lists/people-list-messages';
import type { RowLookup } from '@/lib/people-lists/row-lookup';
import { checkedRows, selectAll, selectNone, toggled, type RowSelection } from '@/lib/people-lists/row-selection';
import { sendToBackground } from '@/lib/messaging/send-to-background';
import { useListLookups } from './use-list-lookups';
import { usePlacement } from './use-placement';

/** How often the progress is read again while a run has rows waiting: it lives in storage, sent by the worker. */
const PROGRESS_POLL_MS = 1000;

export interface PeopleListReviewProps {
  list: PeopleListReading;
  reading: boolean;
  onReadAgain(): void;
}

const lookupOf = (row: RowLookup): ListRunRow['lookup'] => (row.state === 'known' ? row.lookup : { status: 'unknown' });

/**
 * The review of a list page: the people shown, whether each is in Stardex, which to add, the job,
 * stage and list to add them to, and the run's progress (kept in storage, so it survives closing).
 */
export function PeopleListReview({ list, reading, onReadAgain }: PeopleListReviewProps) {
  const lookups = useListLookups(list.people);
  const [selection, setSelection] = useState<RowSelection[]>(() => selectNone(list.people.length));
  const checked = checkedRows(selection, lookups);
  const [alsoUpdate, setAlsoUpdate] = useState(false);
  const placement = usePlacement(null);
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: ['people-list-run'],
    queryFn: () => sendToBackground({ type: 'people-list/run-status' }),
    refetchInterval: (query) =>
      query.state.data?.rows.some((row) => row.state === 'waiting') ? PROGRESS_POLL_MS : false,
  });
  const run = useMutation({
    mutationFn: () => {
      const choice = placement.choice;
      return sendToBackground({
        type: 'people-list/run',
        rows: checked.map((at) => {
          const person = list.people[at]!;
          return {
            name: person.name,
            linkedinUrl: person.url,
            leadId: person.leadId,
            headline: person.headline,
            location: person.location,
            title: person.title,
            company: person.company,
            lookup: lookupOf(lookups[at] ?? { state: 'looking' }),
          };
        }),
        job: choice?.job ? { id: choice.job.id, name: choice.job.name, stage: choice.job.stage } : null,
        list: choice?.list ?? null,
        alsoUpdate,
      });
    },
    onSuccess: (next) => queryClient.setQueryData(['people-list-run'], next),
  });
  const retry = useMutation({
    mutationFn: (id: string) => sendToBackground({ type: 'people-list/run-retry', id }),
    onSuccess: (next) => queryClient.setQueryData(['people-list-run'], next),
  });
  const problem = run.error ?? retry.error ?? status.error;
  return (
    <>
      <PeopleListTable
        list={list}
        lookups={lookups}
        checked={checked}
        reading={reading}
        onReadAgain={onReadAgain}
        onToggle={(row) =>
          setSelection((current) =>
            current.map((value, at) => (at === row ? toggled(value, lookups[at] ?? { state: 'looking' }) : value)),
          )
        }
        onSelectAll={() => setSelection(selectAll)}
        onSelectNone={() => setSelection(selectNone(list.people.length))}
      />
      {list.people.length > 0 ? (
        <>
          <PlacementPicker {...placement.picker} disabled={run.isPending} />
          <PeopleListRun
            status={status.data ?? null}
            checked={checked.length}
            alsoUpdate={alsoUpdate}
            busy={run.isPending}
            problem={problem ? problem.message : null}
            onAlsoUpdate={setAlsoUpdate}
            onRun={() => run.mutate()}
            onRetry={(id) => retry.mutate(id)}
          />
        </>
      ) : null}
    </>
  );
}
