/**
 * What LinkedIn shows beside a person's name: pronouns, the connection degree, badges. Never a
 * value of the profile, so every reader of the top card (and the search for the card itself) skips it.
 */

/** "She/Her", "(er/ihm)", "il/lui": pronouns shown beside the name. */
const PRONOUNS = /^\(?\p{L}+(?:\s?\/\s?\p{L}+)+\)?$/u;
/** The connection degree beside the name: "· 2nd", "3rd+", "2e", "2.", "2º", "1er", "2次". */
const DEGREE = /^[·•]?\s*\p{Nd}\s*\p{L}{0,6}\.?\+?$/u;

/** A line beside the name that is not a value: pronouns, degree, a parenthesised or dotted badge. */
export function isBadge(text: string): boolean {
  return PRONOUNS.test(text) || DEGREE.test(text) || /^[·•]/.test(text) || /^\(.{0,30}\)$/.test(text);
}
