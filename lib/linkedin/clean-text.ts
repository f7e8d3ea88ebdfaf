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

/** Screen-reader copies that duplicate (sometimes with different wording) the visible text. */
function isScreenReaderOnly(element: Element): boolean {
  return element.classList.contains('visually-hidden') || element.classList.contains('a11y-text');
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
 * `<span aria-hidden="true">X</span><span class="visually-hidden">X</span>`, and the copies can
 * differ ("Apr 2023 - Present" vs "Apr 2023 to Present"), so the visually-hidden copy is skipped.
 */
export function visibleText(element: Element | null | undefined): string | null {
  if (!element) return null;
  const parts: string[] = [];
  collectVisibleText(element, parts);
  return cleanText(parts.join(''));
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
