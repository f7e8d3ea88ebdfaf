import { describe, expect, it } from 'vitest';
import { sortFindings, type LintFinding } from '../../../scripts/firefox-lint/findings';

const REACT_HTML = 'if(n=r.__html,n!=null){if(a.children!=null)throw Error(i(60));o?.__html!==n&&(e.innerHTML=n)}';
const innerHtmlAt = (column: number): LintFinding => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file: 'chunk.js',
  line: 2,
  column,
});
const sources = (text: string) => () => `first line\n${text}`;

describe('web-ext lint findings', () => {
  it("accepts React's dangerouslySetInnerHTML assignment as third-party code", () => {
    const column = REACT_HTML.indexOf('e.innerHTML');
    const sorted = sortFindings({ errors: [], warnings: [innerHtmlAt(column)], notices: [] }, sources(REACT_HTML));
    expect(sorted.unexplained).toEqual([]);
    expect(sorted.explained.map((entry) => entry.why)).toEqual(["React's dangerouslySetInnerHTML, never used"]);
  });

  it('refuses an innerHTML assignment of our own, and every error', () => {
    const ours = 'function show(t){el.innerHTML=t}';
    const error: LintFinding = { code: 'MANIFEST_FIELD_REQUIRED', message: 'no id' };
    const sorted = sortFindings(
      { errors: [error], warnings: [innerHtmlAt(ours.indexOf('el.innerHTML'))], notices: [] },
      sources(ours),
    );
    expect(sorted.explained).toEqual([]);
    expect(sorted.unexplained.map((finding) => finding.code)).toEqual([
      'MANIFEST_FIELD_REQUIRED',
      'UNSAFE_VAR_ASSIGNMENT',
    ]);
  });

  it('refuses any other warning or notice', () => {
    const warning: LintFinding = { code: 'DANGEROUS_EVAL', message: 'The Function constructor is eval.' };
    const notice: LintFinding = { code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION', message: 'min version' };
    const sorted = sortFindings({ errors: [], warnings: [warning], notices: [notice] }, sources(''));
    expect(sorted.unexplained).toEqual([warning, notice]);
  });
});
