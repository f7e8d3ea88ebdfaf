import { describe, expect, it } from 'vitest';
import { messageMoment, readClockTime, readDayHeading } from '../../../lib/conversations/message-dates';

// A Tuesday.
const now = new Date(2026, 2, 10, 15, 0);

describe('readDayHeading', () => {
  it.each([
    ['Feb 27, 2025', 'en', { year: 2025, month: 2, day: 27 }],
    ['9 janv. 2026', 'fr', { year: 2026, month: 1, day: 9 }],
    ['14. Okt. 2025', 'de', { year: 2025, month: 10, day: 14 }],
    ['2. März 2026', 'de', { year: 2026, month: 3, day: 2 }],
    ['2026年3月2日', 'ja', { year: 2026, month: 3, day: 2 }],
    ['Mar 4', 'en', { year: 2026, month: 3, day: 4 }],
    ['Dec 24', 'en', { year: 2025, month: 12, day: 24 }],
    ['Today', 'en', { year: 2026, month: 3, day: 10 }],
    ['hier', 'fr', { year: 2026, month: 3, day: 9 }],
    ['Monday', 'en', { year: 2026, month: 3, day: 9 }],
    ['Dienstag', 'de', { year: 2026, month: 3, day: 3 }],
    ['Jan 5, 2026', 'fr', { year: 2026, month: 1, day: 5 }],
  ])('%s (%s)', (text, lang, day) => {
    expect(readDayHeading(text, lang, now)).toEqual(day);
  });

  it('reads nothing from text that names no day', () => {
    expect(readDayHeading('Loading older messages', 'en', now)).toBeNull();
    expect(readDayHeading('Feb 31, 2025', 'en', now)).toBeNull();
  });
});

describe('readClockTime', () => {
  it.each([
    ['9:14 AM', { hour: 9, minute: 14 }],
    ['6:02 PM', { hour: 18, minute: 2 }],
    ['12:05 AM', { hour: 0, minute: 5 }],
    ['17:48', { hour: 17, minute: 48 }],
    ['14 h 05', { hour: 14, minute: 5 }],
  ])('%s', (text, time) => {
    expect(readClockTime(text)).toEqual(time);
  });

  it('is null without a time', () => {
    expect(readClockTime('Active now')).toBeNull();
  });
});

it('a moment needs a day and a time', () => {
  expect(messageMoment({ year: 2025, month: 3, day: 3 }, { hour: 18, minute: 2 })).toBe('2025-03-03T18:02');
  expect(messageMoment(null, { hour: 18, minute: 2 })).toBeNull();
});
