/**
 * Recognising the current role from its date range ("Jan 2022 - Present", "März 2024 - heute",
 * "2022年1月 - 現在"). The words below are the ones LinkedIn's UI languages use; the shape rule in
 * `isOngoingDateRange` (an end without a year) covers a language nobody listed.
 */

/** Compared case-insensitively, with typographic apostrophes folded to "'". */
const PRESENT_WORDS = new Set([
  // English
  'present',
  'now',
  // French
  "aujourd'hui",
  'présent',
  'maintenant',
  // German
  'heute',
  'jetzt',
  'gegenwart',
  // Spanish ("presente" is also Portuguese and Italian)
  'actualidad',
  'la actualidad',
  'presente',
  'hoy',
  // Portuguese
  'o momento',
  'momento',
  'atual',
  'atualmente',
  'hoje',
  // Italian
  'oggi',
  'attuale',
  // Dutch
  'heden',
  'nu',
  'huidig',
  // Polish
  'obecnie',
  'teraz',
  // Swedish, Danish ("nu" is listed under Dutch)
  'pågående',
  // Norwegian
  'nå',
  'i dag',
  // Turkish
  'halen',
  'günümüz',
  'şu anda',
  // Czech
  'současnost',
  'dosud',
  // Romanian
  'prezent',
  'în prezent',
  // Russian
  'настоящее время',
  'н.в.',
  // Ukrainian
  'дотепер',
  'теперішній час',
  'зараз',
  // Japanese
  '現在',
  // Korean
  '현재',
  // Chinese ("現在" is listed under Japanese)
  '至今',
  '现在',
  '目前',
  // Arabic
  'الحالي',
  'حتى الآن',
  'الآن',
  // Indonesian, Malay
  'saat ini',
  'sekarang',
  'kini',
  // Thai
  'ปัจจุบัน',
]);

/**
 * Between the start and the end of a range: a dash with spaces in most locales, a tilde or
 * wave dash (with or without spaces) in some East Asian ones.
 */
const RANGE_SEPARATOR = /\s[-–—]\s|\s?[~〜～]\s?/;

/** What separates the range from the duration ("Jan 2022 - Present · 2 yrs"). */
const DURATION_SEPARATOR = /\s[·•]\s/;

/** A year in any script's digits: "2023", "٢٠٢٣", "๒๕๖๖". */
const YEAR = /\p{Nd}{4}/u;

function normalise(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .replace(/[’ʼ`´]/g, "'");
}

export function isPresentWord(word: string): boolean {
  return PRESENT_WORDS.has(normalise(word));
}

/**
 * The range part of a caption such as "Jan 2022 - Present · 2 yrs" split into start and end;
 * null when the caption is not a date range (a duration alone, a location). The start must hold a
 * year: that is what tells a range from "Full-time - Remote".
 */
export function splitDateRange(caption: string): { start: string; end: string } | null {
  const range = caption.split(DURATION_SEPARATOR)[0] ?? '';
  const parts = range.split(RANGE_SEPARATOR);
  if (parts.length !== 2) return null;
  const [start, end] = parts.map((part) => part.trim()) as [string, string];
  return YEAR.test(start) && end !== '' ? { start, end } : null;
}

/**
 * Whether a caption's date range is still running: its end is a known "Present" word, or has no
 * year while the start has one (so a UI language missing above still works).
 */
export function isOngoingDateRange(caption: string): boolean {
  const range = splitDateRange(caption);
  if (!range) return false;
  return isPresentWord(range.end) || !YEAR.test(range.end);
}

export function looksLikeDateRange(caption: string): boolean {
  return splitDateRange(caption) !== null;
}
