import { describe, expect, it } from 'vitest';
import { deliverConversationLog } from '@/lib/conversations/log-delivery.background';
import { messageActivity } from '@/lib/conversations/message-activity';
import type { OutboxEntry } from '@/lib/outbox/outbox';
import type { StardexClient } from '@/lib/stardex/client';

const PERSON_ID = '5b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const PROFILE = 'https://www.linkedin.com/in/marisol-quenby-7f3a21/';
const THREAD = 'https://www.linkedin.com/messaging/thread/2-abc/';

const activities = [
  messageActivity({ from: 'me', at: '2025-02-27T09:14', text: 'Hi Marisol' }, 'Marisol Quenby'),
  messageActivity({ from: 'them', at: '2025-03-03T18:02', text: 'Hi Rowan' }, 'Marisol Quenby'),
  messageActivity({ from: 'me', at: '2025-03-04T08:30', text: 'Talk then' }, 'Marisol Quenby'),
];

/** A Stardex timeline; `loseAnswerOf` stores that post and then fails as a lost answer would. */
function timelineStardex(loseAnswerOf?: number) {
  const timeline: { activity_type: string; activity_content: string }[] = [];
  let posts = 0;
  const client = {
    listActivities: async () => [...timeline].reverse(),
    addActivity: async (_personId: string, activity_type: string, activity_content: string) => {
      posts += 1;
      timeline.push({ activity_type, activity_content });
      if (posts === loseAnswerOf) throw new Error('503 Service Unavailable after the write');
    },
  } as unknown as StardexClient;
  return { client, timeline };
}

const entry = (linkedinUrl: string) => ({ personId: PERSON_ID, linkedinUrl }) as OutboxEntry;
const person = (publicId: string | null) => ({ id: PERSON_ID, name: 'Marisol Quenby', linkedin_public_id: publicId });

describe('deliverConversationLog', () => {
  it('posts each message once, oldest first, with its type', async () => {
    const stardex = timelineStardex();
    await deliverConversationLog(stardex.client, entry(PROFILE), activities, person('marisol-quenby-7f3a21'));
    expect(stardex.timeline).toEqual(activities);
  });

  it('posts only what the timeline lacks', async () => {
    const stardex = timelineStardex();
    stardex.timeline.push(activities[0]!);
    await deliverConversationLog(stardex.client, entry(PROFILE), activities, person('marisol-quenby-7f3a21'));
    expect(stardex.timeline).toEqual(activities);
  });

  it('after a lost answer, the retry posts nothing twice', async () => {
    const stardex = timelineStardex(2);
    await expect(
      deliverConversationLog(stardex.client, entry(PROFILE), activities, person('marisol-quenby-7f3a21')),
    ).rejects.toThrow('503');
    await deliverConversationLog(stardex.client, entry(PROFILE), activities, person('marisol-quenby-7f3a21'));
    expect(stardex.timeline).toEqual(activities);
  });

  it('refuses a person who belongs to another LinkedIn profile and posts nothing', async () => {
    const stardex = timelineStardex();
    await expect(
      deliverConversationLog(stardex.client, entry(PROFILE), activities, person('someone-else-1a2b3c')),
    ).rejects.toThrow('another LinkedIn profile');
    expect(stardex.timeline).toEqual([]);
  });

  it('logs to a person chosen by hand for a thread without a public profile link', async () => {
    const stardex = timelineStardex();
    await deliverConversationLog(stardex.client, entry(THREAD), activities, person('marisol-quenby-7f3a21'));
    expect(stardex.timeline).toHaveLength(3);
  });
});
