/**
 * `npm run check:store [-- <build dir>]`: the Chrome/Edge build (default .output/chrome-mv3) checked for
 * what the stores reject. Prints each problem and exits 1, or says what was checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { storeProblems, type BuiltExtension } from './checks';

const dir = path.resolve(process.argv[2] ?? '.output/chrome-mv3');
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as BuiltExtension['manifest'];
const files: Record<string, string> = {};
for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
  if (/\.(js|html)$/.test(entry)) files[entry] = readFileSync(path.join(dir, entry), 'utf8');
}

const problems = storeProblems({ manifest, files });
for (const problem of problems) console.error(`store check: ${problem}`);
if (problems.length > 0) process.exit(1);
console.log(
  `store check: ${Object.keys(files).length} scripts and pages in ${path.relative('.', dir)}: no remote code, ` +
    `every permission used (${[...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])].join(', ')})`,
);
