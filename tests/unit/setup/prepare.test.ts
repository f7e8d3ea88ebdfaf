import { describe, expect, it } from 'vitest';
import { dependenciesCurrent, planSetup } from '../../../scripts/setup/prepare.mjs';

const locked = {
  packages: {
    '': { version: '0.1.0' },
    'node_modules/zod': { version: '4.6.7' },
    'node_modules/@esbuild/darwin-arm64': { version: '0.28.2', optional: true },
  },
};

describe('dependenciesCurrent: node_modules against package-lock.json', () => {
  it('no node_modules: not current', () => {
    expect(dependenciesCurrent(locked, null)).toBe(false);
  });

  it('everything locked is installed at its version (an optional package of another platform may be absent)', () => {
    expect(dependenciesCurrent(locked, { packages: { 'node_modules/zod': { version: '4.6.7' } } })).toBe(true);
  });

  it('a package at another version, a missing one, or one the lock no longer has: stale', () => {
    expect(dependenciesCurrent(locked, { packages: { 'node_modules/zod': { version: '4.5.0' } } })).toBe(false);
    expect(dependenciesCurrent(locked, { packages: {} })).toBe(false);
    expect(
      dependenciesCurrent(locked, {
        packages: { 'node_modules/zod': { version: '4.6.7' }, 'node_modules/left-pad': { version: '1.3.0' } },
      }),
    ).toBe(false);
  });
});

describe('planSetup: what npm start and npm test do before they run', () => {
  it('all present: nothing to do', () => {
    expect(planSetup({ command: 'test', missingBrowsers: [], isRoot: false, dependenciesCurrent: true })).toEqual({
      steps: [],
    });
  });

  it("as root on a fresh machine: Debian's browsers the command needs, then npm ci", () => {
    expect(
      planSetup({
        command: 'test',
        missingBrowsers: ['chromium', 'firefox'],
        isRoot: true,
        dependenciesCurrent: false,
      }),
    ).toEqual({ steps: [{ kind: 'apt-install', packages: ['chromium', 'firefox-esr'] }, { kind: 'npm-ci' }] });
    // The demo needs no Firefox.
    expect(
      planSetup({
        command: 'start',
        missingBrowsers: ['chromium', 'firefox'],
        isRoot: true,
        dependenciesCurrent: true,
      }),
    ).toEqual({ steps: [{ kind: 'apt-install', packages: ['chromium'] }] });
  });

  it('not root with a browser missing: stops at once with the one command to run, before npm ci', () => {
    const plan = planSetup({
      command: 'test',
      missingBrowsers: ['firefox'],
      isRoot: false,
      dependenciesCurrent: false,
    });
    expect(plan).toEqual({ stop: expect.stringContaining('sudo apt-get install -y firefox-esr\n') as string });
  });

  it('not root, only a browser the command does not need is missing: goes on', () => {
    expect(
      planSetup({ command: 'start', missingBrowsers: ['firefox'], isRoot: false, dependenciesCurrent: false }),
    ).toEqual({ steps: [{ kind: 'npm-ci' }] });
  });
});
