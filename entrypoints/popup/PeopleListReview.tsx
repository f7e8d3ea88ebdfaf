import { useState } from 'react';
import { PeopleListTable } from '@/components/PeopleListTable';
import { PlacementPicker } from '@/components/PlacementPicker';
import type { PeopleListReading } from '@/lib/people-lists/people-list-types';
import { useListLookups } from './use-list-lookups';
import { usePlacement } from './use-placement';

export interface PeopleListReviewProps {
  list: PeopleListReading;
  reading: boolean;
  onReadAgain(): void;
}

/** The review of a list page: the people shown, whether each is in Stardex, which to add, and where. */
export function PeopleListReview({ list, reading, onReadAgain }: PeopleListReviewProps) {
  const lookups = useListLookups(list.people);
  const [selected, setSelected] = useState<boolean[]>(() => list.people.map(() => false));
  // A list has no one person whose jobs the picker could show: every job is offered as new.
  const placement = usePlacement(null);
  return (
    <>
      <PeopleListTable
        list={list}
        lookups={lookups}
        selected={selected}
        reading={reading}
        disabled={false}
        onReadAgain={onReadAgain}
        onToggle={(row) => setSelected((current) => current.map((value, at) => (at === row ? !value : value)))}
        onSelectAll={() => setSelected(list.people.map(() => true))}
        onSelectNone={() => setSelected(list.people.map(() => false))}
      />
      <PlacementPicker {...placement.picker} disabled={false} />
    </>
  );
}
