/**
 * `npm run lint:firefox`: addons.mozilla.org's linter (`web-ext lint`) on .output/firefox-mv3. Fails on any
 * error and on any warning or notice that is not known third-party code (scripts/firefox-lint/findings.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeFinding, sortFindings, type LintReport } from './findings';

const dir = path.resolve('.output/firefox-mv3');
const webExt = path.resolve('node_modules/.bin/web-ext');
let output: string;
try {
  output = execFileSync(webExt, ['lint', '--source-dir', dir, '--self-hosted=false', '--output=json'], {
    encoding: 'utf8',
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors; its report is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
  if (!output) throw error;
}
const report = JSON.parse(output) as LintReport;
const { explained, unexplained } = sortFindings(report, (file) => readFileSync(path.join(dir, file), 'utf8'));

for (const { finding, why } of explained) console.log(`known, third-party: ${describeFinding(finding)} (${why})`);
for (const finding of unexplained) console.error(`not allowed: ${describeFinding(finding)}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices; ` +
    `${explained.length} known third-party, ${unexplained.length} not allowed`,
);
if (unexplained.length > 0) process.exit(1);
