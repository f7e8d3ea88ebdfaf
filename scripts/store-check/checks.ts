/**
 * What the Chrome Web Store (and Edge Add-ons) reject, checked on a built extension: code loaded from
 * elsewhere or built from strings at run time, and permissions the code never uses.
 */

export interface BuiltExtension {
  manifest: {
    permissions?: string[];
    host_permissions?: string[];
    content_scripts?: { matches?: string[] }[];
    content_security_policy?: unknown;
  };
  /** Every script and page of the build by its path in the build, as text. */
  files: Record<string, string>;
}

/** How code shows it uses each permission's API. A permission missing here is reported: add its use. */
const PERMISSION_USES: Record<string, RegExp> = {
  storage: /\.storage\.(local|session|sync)\b/,
  contextMenus: /\.contextMenus\.(create|onClicked|removeAll|update|remove)\b/,
  alarms: /\.alarms\.(create|onAlarm|clear|get)\b/,
  scripting: /\.scripting\.(executeScript|registerContentScripts|insertCSS)\b/,
  notifications: /\.notifications\.(create|onClicked|clear)\b/,
  sidePanel: /\.sidePanel\.(open|setPanelBehavior|setOptions)\b/,
};

/** Code from elsewhere, or code made of strings. Each rule names what the store calls remote code. */
const REMOTE_CODE: { what: string; pattern: RegExp; in: 'script' | 'page' }[] = [
  { what: 'a script loaded from the web', pattern: /<script[^>]+src=["']?(https?:)?\/\//i, in: 'page' },
  { what: 'a stylesheet loaded from the web', pattern: /<link[^>]+href=["']?(https?:)?\/\//i, in: 'page' },
  { what: 'importScripts of a web address', pattern: /importScripts\(\s*["'`](https?:)?\/\//, in: 'script' },
  { what: 'import() of a web address', pattern: /\bimport\(\s*["'`](https?:)?\/\//, in: 'script' },
  { what: 'eval', pattern: /(^|[^\w$.])eval\(/, in: 'script' },
  { what: 'the Function constructor', pattern: /(^|[^\w$.])(new\s+)?Function\(/, in: 'script' },
  { what: 'code given to a timer as a string', pattern: /\bset(Timeout|Interval)\(\s*["'`]/, in: 'script' },
];

/** `https://*.linkedin.com/*` → `linkedin.com`: the host as code or a content-script match names it. */
function hostOf(pattern: string): string {
  const host = /^[a-z*]+:\/\/([^/]+)/.exec(pattern)?.[1] ?? pattern;
  return host.replace(/^\*\./, '');
}

export function storeProblems({ manifest, files }: BuiltExtension): string[] {
  const problems: string[] = [];
  const scripts = Object.entries(files).filter(([file]) => file.endsWith('.js'));
  const pages = Object.entries(files).filter(([file]) => file.endsWith('.html'));
  const allCode = scripts.map(([, text]) => text).join('\n');

  for (const rule of REMOTE_CODE) {
    for (const [file, text] of rule.in === 'script' ? scripts : pages) {
      if (rule.pattern.test(text)) problems.push(`${file}: ${rule.what}`);
    }
  }
  if (manifest.content_security_policy !== undefined) {
    problems.push('manifest.json: a content_security_policy of its own (the default allows no remote code)');
  }
  for (const permission of manifest.permissions ?? []) {
    const use = PERMISSION_USES[permission];
    if (!use) problems.push(`permission "${permission}": no known use of it to check; add one to the store check`);
    else if (!use.test(allCode)) problems.push(`permission "${permission}" is never used`);
  }
  const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  for (const pattern of manifest.host_permissions ?? []) {
    const host = hostOf(pattern);
    if (!matches.some((match) => hostOf(match) === host) && !allCode.includes(host)) {
      problems.push(`host permission "${pattern}" is never used`);
    }
  }
  return problems;
}
