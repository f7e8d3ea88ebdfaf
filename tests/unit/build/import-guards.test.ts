import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * `npm run lint` keeps the two import rules of the tree (docs/architecture.md): only background code imports
 * `*.background.ts`, and no module imports itself through others. These probes lint made-up files with the
 * repo's own ESLint config and madge command, so a config change that silently stops a rule fails here.
 */
// ESLint's and madge's start-up take seconds on a busy 2-core machine.
describe('the import rules npm run lint enforces', { timeout: 60_000 }, () => {
  // The probe file exists only in memory, so the type-aware rules (which need it in the TypeScript project)
  // are off for it; the import rule under test needs no types.
  const eslint = new ESLint({
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
    },
  });
  const importBackground =
    "import { deliverWaitingFor } from '@/lib/outbox/delivery.background';\nexport const probe = deliverWaitingFor;\n";

  async function ruleIdsFor(filePath: string): Promise<(string | null)[]> {
    const results = await eslint.lintText(importBackground, { filePath });
    return results.flatMap((result) => result.messages.map((message) => message.ruleId));
  }

  it('refuses a background-only import in a page, a component or shared logic', async () => {
    for (const filePath of ['entrypoints/popup/Probe.tsx', 'components/Probe.tsx', 'lib/outbox/probe.ts']) {
      expect(await ruleIdsFor(filePath), filePath).toContain('@typescript-eslint/no-restricted-imports');
    }
  });

  it('allows it in background code', async () => {
    for (const filePath of ['lib/outbox/probe.background.ts', 'entrypoints/background.ts']) {
      expect(await ruleIdsFor(filePath), filePath).not.toContain('@typescript-eslint/no-restricted-imports');
    }
  });

  it('fails lint:cycles on a cycle through the @/ alias, and passes without it', async () => {
    const root = process.cwd();
    const packageJson = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
      scripts: { 'lint:cycles': string };
    };
    const [command, ...args] = packageJson.scripts['lint:cycles'].split(' ') as [string, ...string[]];
    const probe = await mkdtemp(path.join(tmpdir(), 'cycle-probe-'));
    try {
      await cp(path.join(root, '.madgerc'), path.join(probe, '.madgerc'));
      for (const folder of args.filter((arg) => !arg.startsWith('-'))) await mkdir(path.join(probe, folder));
      await writeFile(path.join(probe, 'lib/a.ts'), "import { b } from '@/lib/b';\nexport const a = () => b;\n");
      await writeFile(path.join(probe, 'lib/b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
      const run = () => promisify(execFile)(path.join(root, 'node_modules/.bin', command), args, { cwd: probe });

      await expect(run()).rejects.toMatchObject({ stdout: expect.stringContaining('lib/a.ts > lib/b.ts') });

      await writeFile(path.join(probe, 'lib/b.ts'), 'export const b = () => 1;\n');
      await expect(run()).resolves.toMatchObject({ stdout: expect.stringContaining('Processed 2 files') });
    } finally {
      await rm(probe, { recursive: true, force: true });
    }
  });
});
