/**
 * Recognising the current role: its date range ends with "Present" in the page's UI language
 * ("Jan 2022 - Present", "März 2024 - heute", "juil. 2025 - aujourd’hui").
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
]);

/** " - " between the start and the end of a range; some locales use an en or em dash. */
const RANGE_SEPARATOR = /\s[-–—]\s/;

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
 * null when the caption is not a date range (a duration alone, a location).
 */
export function splitDateRange(caption: string): { start: string; end: string } | null {
  const range = caption.split(' · ')[0] ?? '';
  const parts = range.split(RANGE_SEPARATOR);
  if (parts.length !== 2) return null;
  const [start, end] = parts as [string, string];
  return /\d/.test(start) ? { start: start.trim(), end: end.trim() } : null;
}

/**
 * Whether a caption's date range is still running: its end is a known "Present" word, or (for UI
 * languages not listed above) an end without any year while the start has one.
 */
export function isOngoingDateRange(caption: string): boolean {
  const range = splitDateRange(caption);
  if (!range) return false;
  return isPresentWord(range.end) || !/\d/.test(range.end);
}

export function looksLikeDateRange(caption: string): boolean {
  return splitDateRange(caption) !== null;
}
