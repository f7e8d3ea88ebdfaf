#!/usr/bin/env node
// `npm start` and `npm test` run this first, so each is the one command a fresh Debian/Ubuntu clone needs.
// Plain Node (no tsx, no dependency): it runs before node_modules exists.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** @typedef {'chromium' | 'firefox'} BrowserName */
/** @typedef {{ kind: 'apt-install', packages: string[] } | { kind: 'npm-ci' }} SetupStep */

/**
 * The browsers the commands drive, where they are looked for, and Debian's package for each.
 * @type {Record<BrowserName, { path: string, debianPackage: string }>}
 */
export const BROWSERS = {
  chromium: { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', debianPackage: 'chromium' },
  firefox: { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' },
};

/**
 * What each command runs: the demo needs Chromium; the tests need Chromium and Firefox ESR.
 * @type {Record<'start' | 'test', BrowserName[]>}
 */
export const NEEDS = { start: ['chromium'], test: ['chromium', 'firefox'] };

/**
 * Whether node_modules matches package-lock.json: npm writes what it installed to node_modules/.package-lock.json,
 * so every package there must be the locked version, and every locked package that is not optional must be there
 * (optional ones are skipped on other platforms). `installed` is null when there is no node_modules.
 * @param {{ packages?: Record<string, { version?: string, optional?: boolean }> }} locked
 * @param {{ packages?: Record<string, { version?: string }> } | null} installed
 */
export function dependenciesCurrent(locked, installed) {
  if (!installed) return false;
  const want = locked.packages ?? {};
  const have = installed.packages ?? {};
  for (const [name, entry] of Object.entries(want)) {
    if (name === '') continue;
    const present = have[name];
    if (!present) {
      if (entry.optional) continue;
      return false;
    }
    if (present.version !== entry.version) return false;
  }
  return Object.keys(have).every((name) => name in want);
}

/**
 * The set-up a command needs, from what is present: a stop with the one command to run, or the steps to take.
 * Browsers first, so a user who cannot install them is told at once, before minutes of npm install.
 * @param {{ command: 'start' | 'test', missingBrowsers: BrowserName[], isRoot: boolean, dependenciesCurrent: boolean }} state
 * @returns {{ stop: string } | { steps: SetupStep[] }}
 */
export function planSetup({ command, missingBrowsers, isRoot, dependenciesCurrent }) {
  const packages = NEEDS[command]
    .filter((browser) => missingBrowsers.includes(browser))
    .map((browser) => BROWSERS[browser].debianPackage);
  if (packages.length > 0 && !isRoot) {
    return {
      stop: `npm ${command} needs ${packages.join(' and ')}, which only root can install. Run:\n  sudo apt-get install -y ${packages.join(' ')}\nthen npm ${command} again.`,
    };
  }
  /** @type {SetupStep[]} */
  const steps = [];
  if (packages.length > 0) steps.push({ kind: 'apt-install', packages });
  if (!dependenciesCurrent) steps.push({ kind: 'npm-ci' });
  return { steps };
}

/** @param {string} file */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return null;
    throw error;
  }
}

/** @param {string} file */
function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args, env = process.env) {
  console.log(`> ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit', env });
}

/** @param {string | undefined} command */
function main(command) {
  if (command !== 'start' && command !== 'test') throw new Error('usage: prepare.mjs start|test');
  const plan = planSetup({
    command,
    missingBrowsers: NEEDS[command].filter((browser) => !executable(BROWSERS[browser].path)),
    isRoot: process.getuid?.() === 0,
    dependenciesCurrent: dependenciesCurrent(
      readJson('package-lock.json') ?? {},
      readJson('node_modules/.package-lock.json'),
    ),
  });
  if ('stop' in plan) {
    console.error(plan.stop);
    process.exit(1);
  }
  for (const step of plan.steps) {
    if (step.kind === 'apt-install') {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      run('apt-get', ['update', '-qq'], env);
      run('apt-get', ['install', '-y', '-qq', ...step.packages], env);
    } else {
      run('npm', ['ci']);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv[2]);
