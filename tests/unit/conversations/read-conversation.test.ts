import { describe, expect, it } from 'vitest';
import { extractConversation } from '../../../lib/conversations/read-conversation';
import { parseFixture } from '../linkedin/fixtures';
import { conversationCases } from './fixtures';

describe('extractConversation on the conversation fixtures', () => {
  it.each(conversationCases)('$file ($family) reads the other person and every message', ({ file, url, expected }) => {
    expect(extractConversation(parseFixture(file), url)).toEqual(expected);
  });
});

describe('what a conversation read is made of', () => {
  const read = (file: string) => {
    const result = extractConversation(parseFixture(file), 'https://www.linkedin.com/messaging/thread/x/');
    if (result.kind !== 'conversation') throw new Error(`${file}: ${result.reason}`);
    return result;
  };

  it('covers both layouts, two UI languages, a group, a header without a link and an attachment', () => {
    expect(new Set(conversationCases.map((c) => c.family))).toEqual(new Set(['2025', '2026 server-driven']));
    const languages = new Set(conversationCases.map((c) => /<html lang="(\w+)"/.exec(parseFixtureSource(c.file))?.[1]));
    expect(languages.size).toBeGreaterThanOrEqual(2);
    expect(conversationCases.some((c) => c.expected.group !== undefined)).toBe(true);
    expect(conversationCases.some((c) => c.expected.with !== null && c.expected.with.url === null)).toBe(true);
    expect(conversationCases.some((c) => c.expected.messages.some((m) => m.text.startsWith('[attachment: ')))).toBe(
      true,
    );
  });

  it('keeps line breaks as spaces, never glued words', () => {
    const [first] = read('90-messaging-2025-en.html').messages;
    expect(first!.text).toBe(
      'Hi Marisol, I lead data hiring at Fernhill Search. Would you be open to a short call about a Staff Data Engineer role?',
    );
  });

  it('never takes the viewer, the conversation list or quick replies for the other person or a message', () => {
    const conversation = read('90-messaging-2025-en.html');
    expect(conversation.with?.name).toBe('Marisol Quenby');
    const texts = conversation.messages.map((m) => m.text).join(' | ');
    expect(texts).not.toContain('Tomasz');
    expect(texts).not.toContain('Sounds good');
    expect(texts).not.toContain('sent the following');
    expect(texts).not.toContain('Seen by');
  });

  it('tells the viewer from the other person by the account marks where the layout has no side class', () => {
    const sides = read('94-messaging-sdui-de-no-link.html').messages.map((m) => m.from);
    expect(sides).toEqual(['them', 'me', 'me']);
  });

  it('keeps a member-id header link apart from the public URL', () => {
    expect(read('91-messaging-2025-fr-member-id.html').with).toMatchObject({
      url: null,
      memberUrl: 'https://www.linkedin.com/in/ACoAAC4xTheoVasselineQ2b/',
    });
  });

  it('names the people of a group conversation instead of picking one', () => {
    const group = read('92-messaging-2025-group.html');
    expect(group.with).toBeNull();
    expect(group.group).toEqual(['Halvard Brisk', 'Oona Tessaly']);
  });

  it('answers "no conversation" on a page without an open thread', () => {
    const result = extractConversation(parseFixture('60-sdui-en-single.html'), 'https://www.linkedin.com/messaging/');
    expect(result).toMatchObject({ kind: 'not-a-profile', reason: expect.stringContaining('No conversation') });
  });
});

function parseFixtureSource(file: string): string {
  return parseFixture(file).documentElement.outerHTML;
}
