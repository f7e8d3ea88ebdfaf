import { describe, expect, test } from 'vitest';
import { isOngoingDateRange, isPresentWord, splitDateRange } from '../../../lib/linkedin/present-words';

describe('isPresentWord knows "Present" in every supported UI language', () => {
  test.each([
    ['English', 'Present'],
    ['French', 'aujourd’hui'],
    ['French, straight apostrophe', "aujourd'hui"],
    ['German', 'heute'],
    ['Spanish', 'actualidad'],
    ['Spanish', 'la actualidad'],
    ['Spanish', 'presente'],
    ['Portuguese', 'o momento'],
    ['Portuguese', 'atual'],
    ['Italian', 'oggi'],
    ['Dutch', 'heden'],
    ['Dutch', 'nu'],
    ['Polish', 'obecnie'],
    ['Swedish', 'nu'],
    ['Norwegian', 'nå'],
    ['Turkish', 'Halen'],
    ['Czech', 'současnost'],
    ['Romanian', 'prezent'],
    ['Russian', 'настоящее время'],
    ['Ukrainian', 'дотепер'],
    ['Japanese', '現在'],
    ['Korean', '현재'],
    ['Chinese', '至今'],
    ['Arabic', 'الحالي'],
    ['Indonesian', 'saat ini'],
    ['Malay', 'kini'],
    ['Thai', 'ปัจจุบัน'],
  ])('%s: %s', (_language, word) => {
    expect(isPresentWord(word)).toBe(true);
  });

  test.each(['Dec 2023', '2 yrs', 'juin 2025', 'Sept. 2017'])('%s is not a present word', (word) => {
    expect(isPresentWord(word)).toBe(false);
  });
});

describe('isOngoingDateRange', () => {
  test.each([
    ['Dec 2023 - Present · 2 yrs 1 mo', true],
    ['März 2024 - heute · 1 Jahr 10 Monate', true],
    ['juil. 2025 - aujourd’hui · 6 mois', true],
    ['mar. 2024 - la actualidad · 1 año', true],
    ['jul. de 2025 - o momento · 6 meses', true],
    ['mar 2024 - oggi · 1 anno', true],
    ['jul 2025 - heden · 6 mnd', true],
    ['2022年1月 - 現在 · 3年', true],
    ['2022年1月～現在 · 3年', true],
    ['sty 2023 - obecnie · 3 lata', true],
    ['يناير ٢٠٢٢ - الحالي · ٤ سنوات', true],
    ['مارس ٢٠١٨ - ديسمبر ٢٠٢١ · ٣ سنوات', false],
    ['ม.ค. 2566 - ปัจจุบัน · 2 ปี', true],
    // A language nobody listed: the end has no year, so the role is still running.
    ['Feb 2022 - sasa · miaka 3', true],
    ['Feb 2022 - Jan 2024 · miaka 2', false],
    ['Oct 2024 - Present 1 year 3 months', true],
    ['Jan 2021 - Nov 2023 · 2 yrs 11 mos', false],
    ['juil. 2024 - juin 2025 · 1 an', false],
    ['Full-time · 5 yrs', false],
    ['Marrowdale, Ontario, Canada', false],
  ])('%j -> %s', (caption, ongoing) => {
    expect(isOngoingDateRange(caption)).toBe(ongoing);
  });

  test('splits the range from the duration', () => {
    expect(splitDateRange('Jan 2022 – Present · 2 yrs')).toEqual({ start: 'Jan 2022', end: 'Present' });
  });
});
