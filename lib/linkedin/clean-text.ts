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

/** An `aria-hidden` copy of visible text; a hidden separator ("·") or icon is not a copy of anything. */
function isHiddenCopy(element: Element | null): element is Element {
  return element !== null && element.getAttribute('aria-hidden') === 'true' && /[\p{L}\p{N}]/u.test(rawText(element));
}

/**
 * A screen-reader copy standing next to its visible twin, as in the 2026 layout where every class
 * is hashed. It is recognised by shape alone:
 * - the later of two adjacent siblings with the same text (`<span>X</span><span>X</span>`);
 * - the other half of a pair whose visible half is `aria-hidden`, when the pair is all its parent
 *   holds (`<p><span aria-hidden="true">· 2nd</span><span>2nd degree connection</span></p>`), or
 *   when both halves start alike ("Apr 2023 - Present" and "Apr 2023 to Present").
 * One copy always stays: an `aria-hidden` element is never dropped.
 */
function isTwinCopy(element: Element): boolean {
  const text = rawText(element);
  if (text === '' || element.getAttribute('aria-hidden') === 'true') return false;
  const previous = element.previousElementSibling;
  const next = element.nextElementSibling;
  if (previous && !isHiddenCopy(previous) && rawText(previous) === text) return true;
  const parent = element.parentElement;
  const onlyPair =
    parent !== null &&
    parent.children.length === 2 &&
    Array.from(parent.childNodes).every((node) => node.nodeType !== 3 || (node.nodeValue ?? '').trim() === '');
  return [previous, next].some(
    (twin) => isHiddenCopy(twin) && (onlyPair || firstWord(rawText(twin)) === firstWord(text)),
  );
}

/** Text a sighted reader does not see (`hidden` elements, screen-reader copies), skipped by every reader. */
export function isHiddenText(element: Element): boolean {
  return element.hasAttribute('hidden') || hasScreenReaderClass(element) || isTwinCopy(element);
}

/** Elements whose content is never text a reader sees: code and drawings. */
export const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'SVG']);

function collectVisibleText(node: Node, parts: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      parts.push(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const element = child as Element;
      if (!NOT_TEXT.has(element.tagName) && !isHiddenText(element)) collectVisibleText(element, parts);
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

/**
 * LinkedIn's mask on logged-out pages: a value replaced by asterisks ("***** ** *****"). It is
 * not a value, whatever field it stands in.
 */
export function isMaskedValue(text: string): boolean {
  return /^[*\s]+$/.test(text) && text.includes('*');
}

/** The separator LinkedIn puts between the parts of one line ("Acme · Full-time · 2 yrs"). */
const MIDDLE_DOT_SEPARATOR = ' · ';

/** "Acme · Full-time" -> "Acme": drops trailing employment types, in the UI languages listed in employment-types.ts. */
export function stripEmploymentType(text: string | null): string | null {
  if (text == null) return null;
  const parts = text.split(MIDDLE_DOT_SEPARATOR);
  while (parts.length > 0 && isEmploymentType(parts[parts.length - 1] ?? '')) parts.pop();
  return cleanText(parts.join(MIDDLE_DOT_SEPARATOR));
}
