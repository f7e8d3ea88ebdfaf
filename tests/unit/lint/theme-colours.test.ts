import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Dark mode works only if every rule takes its colours from the theme's custom properties, which
 * components/styles.css sets for light and changes for dark where needed: a colour written into a rule stays
 * the same in both themes.
 */
const css = readFileSync(resolve(__dirname, '../../../components/styles.css'), 'utf8');
const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/i;

/** Each declaration (property: value) with the line it starts on, comments left out. */
function declarations(text: string): { line: number; property: string; value: string }[] {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  return [...withoutComments.matchAll(/([-\w]+)\s*:\s*([^;{}]+);/g)].map((match) => ({
    line: withoutComments.slice(0, match.index).split('\n').length,
    property: match[1] ?? '',
    value: match[2] ?? '',
  }));
}

const writtenIntoRules = (text: string) =>
  declarations(text).filter(({ property, value }) => !property.startsWith('--') && COLOUR.test(value));

describe('the colours of components/styles.css', () => {
  it('are written only into the themes’ custom properties', () => {
    expect(writtenIntoRules(css)).toEqual([]);
  });

  it('finds a colour written into a rule', () => {
    expect(writtenIntoRules('.x { color: #555; }\n.y { --text: #fff; }')).toEqual([
      { line: 1, property: 'color', value: '#555' },
    ]);
  });
});
