import { resolve } from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The guard of "every sentence a person reads comes from locales/en.yml" (scripts/lint/words-from-locale.js):
 * eslint.config.js applies it to components/ and entrypoints/, and it refuses each way of writing words into
 * the code while letting words read through lib/ui-words pass.
 */
const root = resolve(__dirname, '../../..');
const RULE = 'no-restricted-syntax';
const WORDS_MESSAGE = 'Words a person reads come from locales/en.yml through lib/ui-words.';

const PROBES = ['components/Probe.tsx', 'entrypoints/options/Probe.tsx'] as const;
const rules = new Map<string, Linter.RuleEntry>();

// The rule's settings as `npm run lint` applies them to each probe's path. Loading eslint.config.js (and
// typescript-eslint with it) takes seconds when other test files run alongside.
beforeAll(async () => {
  const eslint = new ESLint({ cwd: root });
  for (const file of PROBES) {
    const entry = ((await eslint.calculateConfigForFile(file)) as Linter.Config).rules?.[RULE];
    if (entry === undefined) throw new Error(`${RULE} is not configured for ${file}`);
    rules.set(file, entry);
  }
}, 60_000);

function lint(code: string, file: (typeof PROBES)[number] = 'components/Probe.tsx'): Linter.LintMessage[] {
  return new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
        rules: { [RULE]: rules.get(file)! },
      },
    ],
    file,
  );
}

const wordsFound = (messages: Linter.LintMessage[]) => messages.filter((m) => m.message === WORDS_MESSAGE).length;

describe('the words-from-locale lint rule', () => {
  it.each([
    ['text between tags', `const a = <p>Contact details</p>;`],
    ['a read attribute', `const a = <input placeholder="Type to search" />;`],
    ['an aria-label in braces', `const a = <section aria-label={'Saved data'} />;`],
    ['a chosen string shown as a child', `const a = <button>{busy ? 'Reading…' : 'Read'}</button>;`],
    ['a template literal shown as a child', 'const a = <p>{`In Stardex: ${name}`}</p>;'],
    ['a sentence passed to a component', `const a = <Confirm question="Remove the key?" />;`],
    ['a sentence in plain code', `const status = { tone: 'info', message: 'Checking with Stardex…' };`],
    ['a sentence in an Error', 'throw new Error(`No tab to review: ${why}`);'],
  ])('refuses %s', (_, code) => {
    expect(wordsFound(lint(code))).toBeGreaterThan(0);
  });

  it('applies to the entrypoints too, and refuses reading the locale around lib/ui-words', () => {
    const messages = lint(
      `import { i18n } from '#i18n';\nexport const a = <h1>Stardex for LinkedIn</h1>;`,
      'entrypoints/options/Probe.tsx',
    );
    expect([...new Set(messages.map((m) => m.line))]).toEqual([1, 2]);
  });

  it('lets pass words read through lib/ui-words, class names, symbols and log lines', () => {
    const code = [
      `import { reviewFormWords as words } from '@/lib/ui-words/review';`,
      `const a = <p className="hint hint--warning" title={words.columnUpdate()}>{words.note()}</p>;`,
      `const b = <span aria-hidden="true">✓ · {count}</span>;`,
      `console.error('[stardex] could not keep the draft', error);`,
    ].join('\n');
    expect(lint(code)).toEqual([]);
  });
});
