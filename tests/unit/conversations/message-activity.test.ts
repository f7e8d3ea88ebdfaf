import { describe, expect, it } from 'vitest';
import { loggedInTimeline, messageActivity, notYetLogged } from '../../../lib/conversations/message-activity';

const hello = { from: 'me', at: '2025-02-27T09:14', text: 'Hi Marisol, would you be open to a call?' } as const;
const answer = { from: 'them', at: '2025-03-03T18:02', text: 'Yes, happy to talk.' } as const;
const thanks = { from: 'them', at: '2025-03-03T18:03', text: 'Thanks' } as const;

describe('messageActivity', () => {
  it('types the user’s messages linkedin_message and the other person’s linkedin_message_response', () => {
    expect(messageActivity(hello, 'Marisol Quenby')).toEqual({
      activity_type: 'linkedin_message',
      activity_content:
        'LinkedIn message from me to Marisol Quenby · 2025-02-27 09:14\nHi Marisol, would you be open to a call?',
    });
    expect(messageActivity(answer, 'Marisol Quenby')).toEqual({
      activity_type: 'linkedin_message_response',
      activity_content: 'LinkedIn message from Marisol Quenby to me · 2025-03-03 18:02\nYes, happy to talk.',
    });
  });

  it('says so when the page showed no date', () => {
    expect(messageActivity({ ...answer, at: null }, 'M').activity_content).toContain('date not shown');
  });
});

describe('what the timeline already has', () => {
  const activities = [hello, answer].map((message) => messageActivity(message, 'Marisol Quenby'));

  it('counts a message logged when an activity of its type has its content, also as HTML', () => {
    const timeline = [
      { activity_type: 'secondary_note', activity_content: 'Called her' },
      {
        activity_type: 'linkedin_message',
        activity_content:
          '<p>LinkedIn message from me to Marisol Quenby · 2025-02-27 09:14<br>Hi Marisol, would you be open to a call?</p>',
      },
    ];
    expect(loggedInTimeline(timeline, activities)).toEqual([true, false]);
    expect(notYetLogged(timeline, activities)).toEqual([activities[1]]);
  });

  it('does not take the same words of the other side, or of another day, for the message', () => {
    const timeline = [{ activity_type: 'linkedin_message', activity_content: activities[1]!.activity_content }];
    expect(loggedInTimeline(timeline, activities)).toEqual([false, false]);
  });

  it('counts equal messages one by one', () => {
    const twice = [thanks, thanks].map((message) => messageActivity(message, 'M'));
    expect(loggedInTimeline([twice[0]!], twice)).toEqual([true, false]);
  });
});
