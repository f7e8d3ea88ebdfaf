import { expect, it } from 'vitest';
import { isMemberIdProfileUrl } from '../../../lib/linkedin/member-id';

it.each([
  ['https://www.linkedin.com/in/ACoAAB7rOwAAAAAAViewerRowan', true],
  ['https://www.linkedin.com/in/ACwAAAbCdEfGhIjKlMnOp/', true],
  ['https://www.linkedin.com/in/marisol-quenby-7f3a21/', false],
  ['https://www.linkedin.com/in/acoaab7rowaaaaaaviewerrowan/', false],
  ['https://www.linkedin.com/feed/', false],
])('%s is a member-id link: %s', (url, expected) => {
  expect(isMemberIdProfileUrl(url)).toBe(expected);
});
