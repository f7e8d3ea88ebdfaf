import { useState } from 'react';
import { PeopleListTable } from '@/components/PeopleListTable';
import type { PeopleListReading } from '@/lib/people-lists/people-list-types';
import { useListLookups } from './use-list-lookups';

export interface PeopleListReviewProps {
  list: PeopleListReading;
  reading: boolean;
  onReadAgain(): void;
}

/**
 * The review of a list page: the people shown, whether each is in Stardex, and which to add. The
 * run that adds them (with the review's job, stage and list pickers) is not built yet (issue 21).
 */
export function PeopleListReview({ list, reading, onReadAgain }: PeopleListReviewProps) {
  const lookups = useListLookups(list.people);
  const [selected, setSelected] = useState<boolean[]>(() => list.people.map(() => false));
  return (
    <PeopleListTable
      list={list}
      lookups={lookups}
      selected={selected}
      reading={reading}
      onReadAgain={onReadAgain}
      onToggle={(row) => setSelected((current) => current.map((value, at) => (at === row ? !value : value)))}
      onSelectAll={() => setSelected(list.people.map(() => true))}
      onSelectNone={() => setSelected(list.people.map(() => false))}
    />
  );
}
