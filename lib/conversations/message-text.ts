import { cleanText, isHiddenText, NOT_TEXT } from '../linkedin/clean-text';

/** Elements that end a line where they start and stop: a line break there is a space, never glued words. */
const LINE_BREAKING = new Set(['BR', 'P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4']);

function collect(node: Node, parts: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      parts.push(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    if (NOT_TEXT.has(element.tagName) || isHiddenText(element)) continue;
    const breaks = LINE_BREAKING.has(element.tagName);
    if (breaks) parts.push(' ');
    collect(element, parts);
    if (breaks) parts.push(' ');
  }
}

/**
 * A message body as one line of the text a reader sees: LinkedIn renders the sender's line breaks
 * as `<br>` or paragraphs, which `textContent` drops, gluing the last word of one line to the
 * first of the next; here each break is a space. Null for a body without text.
 */
export function messageText(body: Element): string | null {
  const parts: string[] = [];
  collect(body, parts);
  return cleanText(parts.join(''));
}
