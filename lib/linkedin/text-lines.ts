/**
 * The lines of text a reader sees in a block, top to bottom, whatever tags carry them. The 2026
 * layout puts each line of the top card and of an Experience entry in a `p`, `span` or `div` with
 * a hashed class; what tells the lines apart is how they are nested, not what they are called.
 */
import { isHiddenText, NOT_TEXT, visibleText } from './clean-text';

export interface TextLine {
  element: Element;
  text: string;
}

/** Never a line: what is never text, plus fallbacks, images and buttons ("Connect", "Message", "More"). */
const NOT_A_LINE = new Set([...NOT_TEXT, 'NOSCRIPT', 'IMG', 'BUTTON']);

/** Blocks that always hold one line, however many inline pieces it is made of. */
const ONE_LINE_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Separators LinkedIn puts between pieces of a line; a piece holding only these is not a line. */
const SEPARATOR_ONLY = /^[\s·•|,]*$/;

/** Controls and pop-ups ("More" menu items such as "Save to PDF"): labels, not content. */
const CONTROL = '[role="button"], [role="menu"], [role="menuitem"], [role="dialog"], [role="tooltip"]';

function isReadable(element: Element, skip: (element: Element) => boolean): boolean {
  return !NOT_A_LINE.has(element.tagName) && !element.matches(CONTROL) && !isHiddenText(element) && !skip(element);
}

function hasOwnText(element: Element): boolean {
  return Array.from(element.childNodes).some(
    (child) => child.nodeType === 3 && !SEPARATOR_ONLY.test(child.nodeValue ?? ''),
  );
}

function collectLines(element: Element, skip: (element: Element) => boolean, lines: TextLine[]): void {
  if (!isReadable(element, skip)) return;
  const children = Array.from(element.children).filter((child) => isReadable(child, skip));
  if (ONE_LINE_BLOCKS.has(element.tagName) || hasOwnText(element)) {
    const text = visibleText(element);
    if (text && !SEPARATOR_ONLY.test(text)) lines.push({ element, text });
    return;
  }
  for (const child of children) collectLines(child, skip, lines);
}

/** `skip` drops whole subtrees (nested entries, long descriptions). */
export function textLines(root: Element, skip: (element: Element) => boolean = () => false): TextLine[] {
  const lines: TextLine[] = [];
  for (const child of Array.from(root.children)) collectLines(child, skip, lines);
  return lines;
}
