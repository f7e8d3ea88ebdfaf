import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConversationMessage, ConversationPartner } from '@/lib/conversations/conversation';
import type { PersonSummary } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send-to-background';

/**
 * The review's questions about logging a conversation to a person: which messages the person's
 * timeline has already, and the log itself (whose answer says which it has now).
 */
export function useConversationLog(
  tabId: number,
  partner: ConversationPartner,
  messages: ConversationMessage[],
  person: PersonSummary,
) {
  const queryClient = useQueryClient();
  const queryKey = ['conversation-logged', person.id, partner.name, messages];
  const logged = useQuery({
    queryKey,
    queryFn: () =>
      sendToBackground({ type: 'conversation/logged', personId: person.id, partnerName: partner.name, messages }),
  });
  const log = useMutation({
    mutationFn: () =>
      sendToBackground({
        type: 'conversation/log',
        tabId,
        personId: person.id,
        personName: person.name ?? null,
        partner: {
          name: partner.name,
          url: partner.url,
          ...(partner.memberUrl === undefined ? {} : { memberUrl: partner.memberUrl }),
        },
        messages,
      }),
    onSuccess: (outcome) => {
      if (outcome.status === 'logged') queryClient.setQueryData(queryKey, { logged: outcome.logged });
    },
  });
  const flags = logged.data?.logged ?? null;
  const newCount = flags === null ? 0 : flags.filter((isLogged) => !isLogged).length;
  return { logged, flags, newCount, log };
}
