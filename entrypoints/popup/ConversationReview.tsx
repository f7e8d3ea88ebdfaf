import { ConversationMessages } from '@/components/ConversationMessages';
import type { ConversationExtraction } from '@/lib/conversations/conversation';
import { conversationWords } from '@/lib/ui-words/conversations';

interface ConversationReviewProps {
  tabId: number | null;
  conversation: ConversationExtraction;
}

/** The review of a LinkedIn conversation (issue 24): the other person and the messages the page shows. */
export function ConversationReview({ conversation }: ConversationReviewProps) {
  return (
    <section className="conversation">
      {conversation.with ? (
        <h2 className="conversation__title">{conversationWords.heading(conversation.with.name)}</h2>
      ) : null}
      <ConversationMessages messages={conversation.messages} logged={null} />
    </section>
  );
}
