/**
 * Turning LinkedIn's markup into the plain text a person sees. Values are always read with
 * `textContent` (never `innerHTML`), so markup-looking text stays text.
 */
import { isEmploymentType } from './employment-types';

/**
 * Bidi marks, zero-width spaces and joiners LinkedIn leaves in names and labels. U+200D (ZWJ)
 * is kept: it glues emoji sequences such as 👩‍💻 together.
 */
const INVISIBLE_CHARACTERS = /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Removes invisible characters, folds whitespace runs to one space and trims; null when nothing is left. */
export function cleanText(text: string | null | undefined): string | null {
  if (text == null) return null;
  const cleaned = text.replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

/** LinkedIn's classes for screen-reader copies of visible text (2024-2025 layouts). */
function hasScreenReaderClass(element: Element): boolean {
  return element.classList.contains('visually-hidden') || element.classList.contains('a11y-text');
}

function rawText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function firstWord(text: string): string {
  return text.split(' ')[0]?.toLowerCase() ?? '';
}

/**
 * A screen-reader copy standing next to its visible twin, as in the 2026 layout where every class
 * is hashed: `<span aria-hidden="true">X</span><span>X</span>`. It is recognised by shape alone: it
 * sits beside a sibling with the same text (or, beside an `aria-hidden` sibling, the same first
 * word: "Apr 2023 - Present" and "Apr 2023 to Present"). Only the later of two equal siblings and
 * only the non-hidden one of a hidden pair is dropped, so one copy always stays.
 */
function isTwinCopy(element: Element): boolean {
  const text = rawText(element);
  if (text === '' || element.getAttribute('aria-hidden') === 'true') return false;
  const previous = element.previousElementSibling;
  const next = element.nextElementSibling;
  if (previous && previous.getAttribute('aria-hidden') !== 'true' && rawText(previous) === text) return true;
  return [previous, next].some((twin) => {
    if (!twin || twin.getAttribute('aria-hidden') !== 'true') return false;
    const twinText = rawText(twin);
    return twinText === text || (twinText !== '' && firstWord(twinText) === firstWord(text));
  });
}

/** Screen-reader copies that duplicate (sometimes with different wording) the visible text. */
function isScreenReaderOnly(element: Element): boolean {
  return hasScreenReaderClass(element) || isTwinCopy(element);
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'SVG']);

function collectVisibleText(node: Node, parts: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      parts.push(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const element = child as Element;
      if (!NOT_TEXT.has(element.tagName) && !isScreenReaderOnly(element)) collectVisibleText(element, parts);
    }
  }
}

/**
 * The text a sighted reader sees in `element`: LinkedIn doubles every line as
 * `<span aria-hidden="true">X</span><span class="visually-hidden">X</span>` (2024-2025) or with
 * hashed classes only (2026), and the copies can differ ("Apr 2023 - Present" vs "Apr 2023 to
 * Present"), so the screen-reader copy is skipped.
 */
export function visibleText(element: Element | null | undefined): string | null {
  if (!element) return null;
  const parts: string[] = [];
  collectVisibleText(element, parts);
  return cleanText(parts.join(''));
}

/** Whether `element` is the screen-reader twin of visible text, to be skipped by readers that walk the DOM. */
export function isScreenReaderCopy(element: Element): boolean {
  return isScreenReaderOnly(element);
}

/**
 * LinkedIn's mask on logged-out pages: a value replaced by asterisks ("***** ** *****"). It is
 * not a value, whatever field it stands in.
 */
export function isMaskedValue(text: string): boolean {
  return /^[*\s]+$/.test(text) && text.includes('*');
}

/** The separator LinkedIn puts between the parts of one line ("Acme · Full-time · 2 yrs"). */
export const MIDDLE_DOT_SEPARATOR = ' · ';

/** "Acme · Full-time" -> "Acme": drops trailing employment types, in the UI languages listed in employment-types.ts. */
export function stripEmploymentType(text: string | null): string | null {
  if (text == null) return null;
  const parts = text.split(MIDDLE_DOT_SEPARATOR);
  while (parts.length > 0 && isEmploymentType(parts[parts.length - 1] ?? '')) parts.pop();
  return cleanText(parts.join(MIDDLE_DOT_SEPARATOR));
}
