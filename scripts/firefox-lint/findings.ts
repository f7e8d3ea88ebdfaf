/** One finding of `web-ext lint --output=json` (addons-linter). */
export interface LintFinding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  errors: LintFinding[];
  warnings: LintFinding[];
  notices: LintFinding[];
}

/**
 * Findings that stay because they are third-party code the extension never reaches. React's renderer
 * assigns `innerHTML` only for `dangerouslySetInnerHTML` (its `__html` value), which the project's
 * ESLint config forbids, so nothing ever reaches those two assignments.
 */
const THIRD_PARTY: { why: string; matches(finding: LintFinding, around: string): boolean }[] = [
  {
    why: "React's dangerouslySetInnerHTML, never used",
    matches: (finding, around) =>
      finding.code === 'UNSAFE_VAR_ASSIGNMENT' && /__html[^;]{0,80}\.innerHTML=/.test(around),
  },
];

export interface SortedFindings {
  /** Each known third-party finding with why it stays. */
  explained: { finding: LintFinding; why: string }[];
  /** Errors, and every warning or notice that is not known third-party code: these fail the check. */
  unexplained: LintFinding[];
}

/** `source(file)` gives the built file's text, to look at the code a finding points to. */
export function sortFindings(report: LintReport, source: (file: string) => string): SortedFindings {
  const sorted: SortedFindings = { explained: [], unexplained: [...report.errors] };
  for (const finding of [...report.warnings, ...report.notices]) {
    const around = codeAround(finding, source);
    const known = THIRD_PARTY.find((entry) => entry.matches(finding, around));
    if (known) sorted.explained.push({ finding, why: known.why });
    else sorted.unexplained.push(finding);
  }
  return sorted;
}

/** The 120 characters of code before the finding's position and 20 after it. */
function codeAround({ file, line, column }: LintFinding, source: (file: string) => string): string {
  if (!file || !line || column === undefined) return '';
  const text = source(file).split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, column - 120), column + 20);
}

export function describeFinding({ code, message, file, line, column }: LintFinding): string {
  return `${code} ${file ?? ''}${line ? `:${line}:${column ?? 0}` : ''} ${message}`.replace(/\s+/g, ' ').trim();
}
