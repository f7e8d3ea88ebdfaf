import type { ConversationMessage } from '@/lib/conversations/conversation';
import { conversationWords } from '@/lib/ui-words/conversations';

export interface ConversationMessagesProps {
  partnerName: string;
  messages: ConversationMessage[];
  /** Per message, whether Stardex has it already; null while that is not known. */
  logged: boolean[] | null;
}

/** The messages the page shows, oldest first: who, when, the text, and whether Stardex has it already. */
export function ConversationMessages({ partnerName, messages, logged }: ConversationMessagesProps) {
  if (messages.length === 0) return <p>{conversationWords.noMessages()}</p>;
  return (
    <>
      <p className="conversation__on-page">{conversationWords.onPage(messages.length)}</p>
      <ol className="conversation__messages" aria-label={conversationWords.heading(partnerName)}>
        {messages.map((message, index) => (
          <li key={index} className={`conversation__message conversation__message--${message.from}`}>
            <span className="conversation__meta">
              {[
                message.from === 'me' ? conversationWords.me() : partnerName,
                message.at?.replace('T', ' ') ?? conversationWords.dateUnknown(),
                ...(logged?.[index] ? [conversationWords.alreadyLogged()] : []),
              ].join(' · ')}
            </span>
            <span className="conversation__text">{message.text}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
