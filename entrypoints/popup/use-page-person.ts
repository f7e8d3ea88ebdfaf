import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PagePerson } from '@/lib/persons/page-person';
import type { PagePersonMatchView } from '@/lib/persons/page-person-messages';
import { sendToBackground } from '@/lib/messaging/send-to-background';

/**
 * The review's questions about a person a page names by its own id: who in Stardex it is (a
 * confirmed link, else candidates by name and company), and the user's confirmation or "not this person".
 */
export function usePagePerson(person: PagePerson, name: string | null, company: string | null) {
  const queryClient = useQueryClient();
  const queryKey = ['page-person', person.kind, person.id];
  const [pickedId, setPickedId] = useState<string | null>(null);
  const match = useQuery({
    queryKey,
    queryFn: () => sendToBackground({ type: 'page-person/match', person, name, company }),
  });
  const settle = (next: PagePersonMatchView) => {
    setPickedId(null);
    queryClient.setQueryData(queryKey, next);
  };
  const confirm = useMutation({
    mutationFn: (personId: string) => sendToBackground({ type: 'page-person/confirm', person, personId }),
    onSuccess: settle,
  });
  const forget = useMutation({
    mutationFn: () => sendToBackground({ type: 'page-person/forget', person, name, company }),
    onSuccess: settle,
  });
  return { match, pickedId, setPickedId, confirm, forget };
}
