import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { LinkOutcome } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send-to-background';

type LegacyUrlOutcome = Extract<LinkOutcome, { status: 'legacy-url' }>;

/**
 * "Link" in "Link to a different person": links the profile to the person picked, or, when their record
 * stores a legacy LinkedIn address, holds the answer (`unconfirmed`) until the user confirms that address
 * or cancels (issue 22 item 13). `onLinked`: after a link is written.
 */
export function useLinkPerson(linkedinUrl: string, onLinked: () => void) {
  const queryClient = useQueryClient();
  const [unconfirmed, setUnconfirmed] = useState<LegacyUrlOutcome | null>(null);
  const link = useMutation({
    mutationFn: ({ personId, confirmedLegacyUrl }: { personId: string; confirmedLegacyUrl?: string }) =>
      sendToBackground({ type: 'link/set', linkedinUrl, personId, confirmedLegacyUrl }),
    onSuccess: (outcome) => {
      if (outcome.status === 'legacy-url') {
        setUnconfirmed(outcome);
        return;
      }
      setUnconfirmed(null);
      queryClient.setQueryData(['match', linkedinUrl], outcome);
      onLinked();
    },
  });
  return {
    link,
    unconfirmed,
    pick: (personId: string) => {
      setUnconfirmed(null);
      link.mutate({ personId });
    },
    confirm: () => {
      if (unconfirmed) link.mutate({ personId: unconfirmed.person.id, confirmedLegacyUrl: unconfirmed.legacyUrl });
    },
    cancel: () => {
      setUnconfirmed(null);
      link.reset();
    },
  };
}
