/**
 * Reading one result row by the role of its lines, whatever their tags or classes: the row's own
 * link and the name it carries, the badges beside the name, then the lines of the name's block.
 */
import { visibleText } from '../linkedin/clean-text';
import { textLines, type TextLine } from '../linkedin/text-lines';
import { isBadge } from '../linkedin/name-badges';

/** Nothing rendered in the row yet: LinkedIn keeps an empty placeholder until it scrolls into view. */
export function isPlaceholderRow(row: Element): boolean {
  return visibleText(row) === null && row.querySelector('a[href], img') === null;
}

/**
 * The row's own link: the first link with text. The photo link before it has no text, and links to
 * other people (mutual connections, "followed by") come after the name in every layout.
 */
export function titleLink(row: Element, selector = 'a[href]'): Element | null {
  return Array.from(row.querySelectorAll(selector)).find((link) => visibleText(link) !== null) ?? null;
}

function holds(line: TextLine, element: Element): boolean {
  return line.element === element || line.element.contains(element) || element.contains(line.element);
}

/** A line that links somewhere other than the row's own link: an insight about other people, a company. */
function linksElsewhere(line: TextLine, ownLink: Element): boolean {
  const enclosing = line.element.closest('a[href]');
  if (enclosing && enclosing !== ownLink) return true;
  return Array.from(line.element.querySelectorAll('a[href]')).some((link) => link !== ownLink);
}

function commonAncestor(a: Element, b: Element): Element | null {
  let ancestor: Element | null = a;
  while (ancestor && !ancestor.contains(b)) ancestor = ancestor.parentElement;
  return ancestor;
}

export interface RowLines {
  /** The text of the line holding the row's own link, badges and all. */
  nameLine: string | null;
  /** The first line after the name and its badges. */
  firstLine: string | null;
  /** The line after that, only when it belongs to the same block as the name and the first line. */
  secondLine: string | null;
}

/**
 * The name's line and the two lines under it. Lines that link elsewhere (mutual connections,
 * "followed by", a summary with links) are never values, and the second line must sit in the
 * block that holds the name and the first line: summaries and insights below that block are not
 * a location, so a row without a location reads none.
 */
export function readRowLines(row: Element, ownLink: Element): RowLines {
  const lines = textLines(row);
  const nameAt = lines.findIndex((line) => holds(line, ownLink));
  if (nameAt < 0) return { nameLine: null, firstLine: null, secondLine: null };
  let firstAt = nameAt + 1;
  while (firstAt < lines.length && isBadge(lines[firstAt]!.text)) firstAt++;
  const first = lines[firstAt];
  if (first === undefined || linksElsewhere(first, ownLink)) {
    return { nameLine: lines[nameAt]!.text, firstLine: null, secondLine: null };
  }
  const second = lines[firstAt + 1];
  const block = commonAncestor(lines[nameAt]!.element, first.element);
  const secondInBlock =
    second !== undefined && block !== null && block.contains(second.element) && !linksElsewhere(second, ownLink);
  return {
    nameLine: lines[nameAt]!.text,
    firstLine: first.text,
    secondLine: secondInBlock && !isBadge(second.text) ? second.text : null,
  };
}
