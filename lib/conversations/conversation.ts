/**
 * A LinkedIn conversation as the review shows it and `npm run scrape` prints it (issue 24): the
 * other person, and the messages the page has loaded, oldest first.
 */

/** Who wrote a message: the viewer (the logged-in LinkedIn user) or the other person. */
type MessageAuthor = 'me' | 'them';

export interface ConversationMessage {
  from: MessageAuthor;
  /** When it was sent, as the page shows it in local time: `YYYY-MM-DDTHH:MM`; null when the page gives no readable date. */
  at: string | null;
  /** The visible text on one line (line breaks become spaces); attachments and reactions as "[attachment: name]", "[reaction: 👍]". */
  text: string;
}

export interface ConversationPartner {
  name: string;
  headline: string | null;
  /** The public profile URL (`https://www.linkedin.com/in/<slug>/`), or null when the thread shows none. */
  url: string | null;
  /** The thread's link in LinkedIn's member-id form (`/in/ACoAA…`): not a public URL, never saved or searched as one. */
  memberUrl?: string;
}

export interface ConversationExtraction {
  kind: 'conversation';
  /** The one other person; null in a group conversation. */
  with: ConversationPartner | null;
  messages: ConversationMessage[];
  /** The other people of a group conversation (more than one): it is refused, not logged. */
  group?: string[];
}
