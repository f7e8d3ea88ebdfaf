import { describe, expect, it } from 'vitest';
import { storeProblems, type BuiltExtension } from '../../../scripts/store-check/checks';

/** A build like ours: every permission used, a content script on LinkedIn, the API host in the worker. */
function build(
  overrides: Partial<BuiltExtension['manifest']> = {},
  files: Record<string, string> = {},
): BuiltExtension {
  return {
    manifest: {
      permissions: ['storage', 'alarms'],
      host_permissions: ['https://*.linkedin.com/*', 'https://api.stardex.ai/*'],
      content_scripts: [{ matches: ['https://*.linkedin.com/*'] }],
      ...overrides,
    },
    files: {
      'background.js': 'e.storage.local.get("x");e.alarms.create("o");fetch("https://api.stardex.ai/v1")',
      'popup.html': '<script type="module" src="/chunks/popup.js"></script>',
      ...files,
    },
  };
}

describe('Chrome Web Store check of a build', () => {
  it('finds nothing in a build that uses what it asks for and loads no code from elsewhere', () => {
    expect(storeProblems(build())).toEqual([]);
  });

  it.each([
    [
      'a script from the web',
      'page.html',
      '<script src="https://cdn.example/x.js"></script>',
      'a script loaded from the web',
    ],
    [
      'a protocol-relative script',
      'page.html',
      "<script src='//cdn.example/x.js'></script>",
      'a script loaded from the web',
    ],
    ['a remote stylesheet', 'page.html', '<link rel="stylesheet" href="https://cdn.example/x.css">', 'a stylesheet'],
    ['importScripts of a URL', 'w.js', 'importScripts("https://cdn.example/w.js")', 'importScripts'],
    ['import() of a URL', 'w.js', 'await import(`https://cdn.example/m.js`)', 'import()'],
    ['eval', 'w.js', 'var a=eval(s)', 'eval'],
    ["zod's probe", 'w.js', 'try{return Function(``),!0}catch{return!1}', 'the Function constructor'],
    ['new Function', 'w.js', 'const f=new Function("a","return a")', 'the Function constructor'],
    ['a string timer', 'w.js', 'setTimeout("run()",5)', 'code given to a timer'],
  ])('reports %s', (_name, file, text, expected) => {
    expect(storeProblems(build({}, { [file]: text }))).toEqual([expect.stringContaining(`${file}: ${expected}`)]);
  });

  it('does not mistake a method or property named eval/Function for code from strings', () => {
    expect(storeProblems(build({}, { 'w.js': 'x.eval(a);isFunction(b);y.Function(c)' }))).toEqual([]);
  });

  it('reports a permission the code never uses, and one it knows no use of', () => {
    const problems = storeProblems(build({ permissions: ['storage', 'alarms', 'notifications', 'tabs'] }));
    expect(problems).toEqual([
      'permission "notifications" is never used',
      'permission "tabs": no known use of it to check; add one to the store check',
    ]);
  });

  it('knows the side panel permission by the side panel calls', () => {
    const sidePanel = { permissions: ['storage', 'alarms', 'sidePanel'] };
    expect(storeProblems(build(sidePanel))).toEqual(['permission "sidePanel" is never used']);
    const files = { 'sidepanel.js': 'e.sidePanel.open({tabId:1})' };
    expect(storeProblems(build(sidePanel, files))).toEqual([]);
  });

  it('reports a host permission neither a content script nor the code uses', () => {
    const problems = storeProblems(
      build({ host_permissions: ['https://*.linkedin.com/*', 'https://*.example.org/*'] }),
    );
    expect(problems).toEqual(['host permission "https://*.example.org/*" is never used']);
  });

  it('reports a content security policy of its own', () => {
    const problems = storeProblems(build({ content_security_policy: { extension_pages: "script-src 'self'" } }));
    expect(problems).toEqual([expect.stringContaining('content_security_policy')]);
  });
});
