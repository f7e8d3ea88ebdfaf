import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConversationMessages } from '@/components/ConversationMessages';
import { LegacyUrlConfirm } from '@/components/LegacyUrlConfirm';
import { MatchPanel } from '@/components/MatchPanel';
import { PagePersonConfirm } from '@/components/PagePersonConfirm';
import { PersonSearch } from '@/components/PersonSearch';
import { errorStatus, StatusMessage } from '@/components/StatusMessage';
import { describePerson } from '@/lib/ui-words/persons';
import type { ConversationExtraction, ConversationPartner } from '@/lib/conversations/conversation';
import type { MatchResult, PersonSummary } from '@/lib/messaging/protocol';
import { heldBackRetryDelayMs, retryHeldBackLookup } from '@/lib/messaging/held-back-lookup';
import { sendToBackground } from '@/lib/messaging/send-to-background';
import { pagePersonOf, type PagePerson } from '@/lib/persons/page-person';
import { conversationWords } from '@/lib/ui-words/conversations';
import { reviewFormWords } from '@/lib/ui-words/review';
import { queuedSaveWords } from '@/lib/ui-words/failures';
import { useConversationLog } from './use-conversation-log';
import { usePagePerson } from './use-page-person';
import { useLinkPerson } from './use-link-person';

interface Thread {
  tabId: number;
  partner: ConversationPartner;
  messages: ConversationExtraction['messages'];
}

/**
 * The review of a LinkedIn conversation (issue 24): the other person matched in Stardex (by their
 * public profile like a profile's review, by a link confirmed per member id, or chosen by hand when
 * the thread shows neither), the messages oldest first, and "Log N messages to Stardex".
 */
export function ConversationReview({
  tabId,
  conversation,
}: {
  tabId: number | null;
  conversation: ConversationExtraction;
}) {
  if (conversation.group) return <StatusMessage tone="error" message={conversationWords.group(conversation.group)} />;
  if (!conversation.with || tabId === null)
    return <StatusMessage tone="error" message={conversationWords.unidentified()} />;
  const thread = { tabId, partner: conversation.with, messages: conversation.messages };
  const member = conversation.with.memberUrl ? pagePersonOf(conversation.with.memberUrl) : null;
  return (
    <section className="conversation">
      <h2 className="conversation__title">{conversationWords.heading(conversation.with.name)}</h2>
      {conversation.with.headline ? <p className="conversation__headline">{conversation.with.headline}</p> : null}
      {conversation.with.url ? (
        <ByProfile thread={thread} url={conversation.with.url} />
      ) : member ? (
        <ByMemberId thread={thread} member={member} />
      ) : (
        <ByHand thread={thread} />
      )}
    </section>
  );
}

function candidate(match: MatchResult | undefined, pickedId: string | null): PersonSummary | null {
  if (match?.status === 'matched') return match.person;
  if (match?.status === 'several') return match.persons.find((person) => person.id === pickedId) ?? null;
  return null;
}

/** The same matching as a profile's review: a hand-made link first, then Stardex by LinkedIn URL. */
function ByProfile({ thread, url }: { thread: Thread; url: string }) {
  const queryClient = useQueryClient();
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);
  const match = useQuery({
    queryKey: ['match', url],
    queryFn: () => sendToBackground({ type: 'person/match', linkedinUrl: url }),
    retry: retryHeldBackLookup,
    retryDelay: heldBackRetryDelayMs,
  });
  const search = useMutation({ mutationFn: (query: string) => sendToBackground({ type: 'person/search', query }) });
  const link = useLinkPerson(url, () => setLinking(false));
  const unlink = useMutation({
    mutationFn: () => sendToBackground({ type: 'link/remove', linkedinUrl: url }),
    onSuccess: (result) => queryClient.setQueryData(['match', url], result),
  });
  const problem = match.error ?? link.link.error ?? unlink.error;
  const person = candidate(match.data, pickedId);
  return (
    <>
      {problem ? <StatusMessage {...errorStatus(problem)} /> : null}
      {!match.data && !problem ? <p>{conversationWords.lookingUp()}</p> : null}
      {match.data?.status === 'none' ? <p>{match.data.note ?? conversationWords.notInStardex()}</p> : null}
      {match.data && match.data.status !== 'none' ? (
        <MatchPanel
          match={match.data}
          selectedId={pickedId}
          busy={link.link.isPending || unlink.isPending}
          canCreate={false}
          onSelect={setPickedId}
          // Never called: the panel offers "Create in Stardex" only when nobody matches, shown above instead.
          onCreate={() => undefined}
          onUnlink={() => unlink.mutate()}
        />
      ) : null}
      <button type="button" aria-expanded={linking} onClick={() => setLinking(!linking)}>
        {reviewFormWords.linkOther()}
      </button>
      {linking ? (
        <PersonSearch
          results={search.data ?? null}
          searching={search.isPending}
          onSearch={(query) => search.mutate(query)}
          onLink={(found) => link.pick(found.id)}
        />
      ) : null}
      {link.unconfirmed ? (
        <LegacyUrlConfirm
          {...link.unconfirmed}
          busy={link.link.isPending}
          onConfirm={link.confirm}
          onCancel={link.cancel}
        />
      ) : null}
      <Messages thread={thread} person={person} />
    </>
  );
}

/** A thread that links by member id: a link the user confirmed for that id, else candidates by name. */
function ByMemberId({ thread, member }: { thread: Thread; member: PagePerson }) {
  const confirmation = usePagePerson(member, thread.partner.name, null);
  const { data } = confirmation.match;
  return (
    <>
      <p>{conversationWords.memberIdOnly(thread.partner.name)}</p>
      <PagePersonConfirm confirmation={confirmation} company={null} />
      <Messages thread={thread} person={data?.status === 'linked' ? data.person : null} />
    </>
  );
}

/** No link to the person at all: only a person the user picks, for this review. */
function ByHand({ thread }: { thread: Thread }) {
  const [chosen, setChosen] = useState<PersonSummary | null>(null);
  const search = useMutation({ mutationFn: (query: string) => sendToBackground({ type: 'person/search', query }) });
  return (
    <>
      <p>{conversationWords.noProfileLink(thread.partner.name)}</p>
      {chosen ? <p>{conversationWords.chosenByHand(describePerson(chosen))}</p> : null}
      <PersonSearch
        results={search.data ?? null}
        searching={search.isPending}
        onSearch={(query) => search.mutate(query)}
        onLink={setChosen}
      />
      <Messages thread={thread} person={chosen} />
    </>
  );
}

function Messages({ thread, person }: { thread: Thread; person: PersonSummary | null }) {
  if (!person)
    return <ConversationMessages partnerName={thread.partner.name} messages={thread.messages} logged={null} />;
  return <LogToPerson key={person.id} thread={thread} person={person} />;
}

function LogToPerson({ thread, person }: { thread: Thread; person: PersonSummary }) {
  const { logged, flags, newCount, log } = useConversationLog(thread.tabId, thread.partner, thread.messages, person);
  const problem = log.error ?? logged.error;
  return (
    <>
      {problem ? (
        <StatusMessage {...errorStatus(problem)} />
      ) : (
        <LogOutcome outcome={log.data} checking={flags === null} />
      )}
      <ConversationMessages partnerName={thread.partner.name} messages={thread.messages} logged={flags} />
      <button type="button" disabled={flags === null || newCount === 0 || log.isPending} onClick={() => log.mutate()}>
        {conversationWords.logButton(newCount)}
      </button>
    </>
  );
}

function LogOutcome({
  outcome,
  checking,
}: {
  outcome: ReturnType<typeof useConversationLog>['log']['data'];
  checking: boolean;
}) {
  if (outcome?.status === 'logged') {
    const message = outcome.newly > 0 ? conversationWords.logged(outcome.newly) : conversationWords.nothingNew();
    return <StatusMessage tone="success" message={message} />;
  }
  if (outcome?.status === 'queued') {
    return <StatusMessage tone="info" message={conversationWords.queued(queuedSaveWords(outcome.attempt))} />;
  }
  return checking ? <StatusMessage tone="info" message={conversationWords.checkingLogged()} /> : null;
}
