/** The conversation pages of tests/fixtures/linkedin and what the extension must read from each. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ConversationExtraction } from '../../../lib/conversations/conversation';

export interface ConversationCase {
  file: string;
  /** 2025 (Ember) or 2026 server-driven. */
  family: string;
  /** What `location.href` is when the page is shown. */
  url: string;
  expected: ConversationExtraction;
}

export const conversationCases: ConversationCase[] = JSON.parse(
  readFileSync(path.resolve('tests/fixtures/linkedin/conversation-cases.json'), 'utf8'),
);
