import { describe, expect, it } from 'vitest';
import { extractorAnswer, extractorFailure } from '@/lib/linkedin/extractor-answer';

describe('extractorAnswer', () => {
  it('passes an answer through for the background to validate', () => {
    const loading = { kind: 'loading', reason: 'LinkedIn is still showing the previous page.' };
    expect(extractorAnswer(loading)).toBe(loading);
    expect(extractorAnswer(null)).toBeNull();
  });

  it("throws a failed read's error with its message, whatever was thrown", () => {
    expect(() => extractorAnswer(extractorFailure(new TypeError('no top card')))).toThrow(new Error('no top card'));
    expect(() => extractorAnswer(extractorFailure('a string'))).toThrow(new Error('a string'));
  });
});
