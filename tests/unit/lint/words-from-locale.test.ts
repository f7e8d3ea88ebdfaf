import { resolve } from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The guard of "every sentence a person reads comes from locales/en.yml" (scripts/lint/words-from-locale.js):
 * eslint.config.js applies it to components/ and entrypoints/, and it refuses each way of writing words into
 * the code while letting words read through lib/ui-words pass.
 */
const root = resolve(__dirname, '../../..');
const RULE = 'no-restricted-syntax';
const WORDS_MESSAGE = 'Words a person reads come from locales/en.yml through lib/ui-words.';

/** The rule's settings as `npm run lint` applies them to `file`. */
async function ruleFor(file: string): Promise<Linter.RuleEntry> {
  const config = (await new ESLint({ cwd: root }).calculateConfigForFile(file)) as Linter.Config;
  const entry = config.rules?.[RULE];
  if (entry === undefined) throw new Error(`${RULE} is not configured for ${file}`);
  return entry;
}

async function lint(code: string, file = 'components/Probe.tsx'): Promise<Linter.LintMessage[]> {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
        rules: { [RULE]: await ruleFor(file) },
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
  ])('refuses %s', async (_, code) => {
    expect(wordsFound(await lint(code))).toBeGreaterThan(0);
  });

  it('applies to the entrypoints too, and refuses reading the locale around lib/ui-words', async () => {
    const messages = await lint(
      `import { i18n } from '#i18n';\nexport const a = <h1>Stardex for LinkedIn</h1>;`,
      'entrypoints/options/Probe.tsx',
    );
    expect([...new Set(messages.map((m) => m.line))]).toEqual([1, 2]);
  });

  it('lets pass words read through lib/ui-words, class names, symbols and log lines', async () => {
    const code = [
      `import { reviewFormWords as words } from '@/lib/ui-words/review';`,
      `const a = <p className="hint hint--warning" title={words.columnUpdate()}>{words.note()}</p>;`,
      `const b = <span aria-hidden="true">✓ · {count}</span>;`,
      `console.error('[stardex] could not keep the draft', error);`,
    ].join('\n');
    expect(await lint(code)).toEqual([]);
  });
});
