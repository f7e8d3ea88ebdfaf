import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

/**
 * browser.i18n.getMessage as the browser runs it on the built `_locales/en/messages.json`, which
 * @wxt-dev/i18n's own build functions make from locales/en.yml here too (keys with "_" for "."),
 * `$1`-`$9` filled in and `$$` read as "$". fakeBrowser leaves getMessage unimplemented.
 */
// Not import.meta.url: under happy-dom it is the page's address, not the file's.
const file = resolve(__dirname, '../../locales/en.yml');
const messages = generateChromeMessages(parseMessagesText(readFileSync(file, 'utf8'), 'YAML'));

export function getMessage(key: string, substitutions?: string | (string | number)[]): string {
  const message = messages[key]?.message;
  if (message === undefined) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : String(subs[Number(which) - 1] ?? ''),
  );
}
