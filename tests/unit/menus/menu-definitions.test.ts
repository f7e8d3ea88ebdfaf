import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LIST_PAGE_PATTERNS } from '@/lib/people-lists/list-page';
import {
  MENU_IDS,
  PROFILE_PAGE_PATTERNS,
  SELECTION_TARGETS,
  menuDefinitions,
  selectionMenuId,
  selectionTargetOf,
} from '@/lib/menus/menu-definitions';
import { getMessage } from '../i18n';

const profilePages = [
  'https://*.linkedin.com/in/*',
  'https://*.linkedin.com/sales/lead/*',
  'https://*.linkedin.com/talent/*',
];

/** A Chrome match pattern (scheme, host with optional `*.` prefix, path glob) tested against a URL. */
function matchesPattern(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const parsed = new URL(url);
  if (parsed.protocol !== `${scheme}:`) return false;
  const hostOk = host!.startsWith('*.')
    ? parsed.hostname === host!.slice(2) || parsed.hostname.endsWith(host!.slice(1))
    : parsed.hostname === host;
  const pathRegex = new RegExp(
    `^${path!
      .split('*')
      .map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return hostOk && pathRegex.test(parsed.pathname + parsed.search);
}
const matchesAny = (patterns: readonly string[] | undefined, url: string) =>
  (patterns ?? []).some((pattern) => matchesPattern(pattern, url));

describe('menuDefinitions', () => {
  // Made in beforeAll, not while the file loads: the titles come from the locale, set up per test run.
  let menus: ReturnType<typeof menuDefinitions>;
  let byId: Map<string | number | undefined, (typeof menus)[number]>;
  beforeAll(() => {
    fakeBrowser.i18n.getMessage = getMessage;
    menus = menuDefinitions();
    byId = new Map(menus.map((menu) => [menu.id, menu]));
  });

  it('has every entry once, with unique ids', () => {
    expect(menus.map((menu) => menu.id)).toEqual([
      'review',
      'quick-update',
      'add-as',
      'add-as:workEmail',
      'add-as:personalEmail',
      'add-as:mobilePhone',
      'add-as:workPhone',
      'add-as:address',
      'add-as:title',
      'add-as:company',
      'add-as:headline',
      'add-as:note',
      'open-link-review',
    ]);
    expect(new Set(menus.map((menu) => menu.id)).size).toBe(menus.length);
  });

  it('offers review and quick update on profile pages, by right-clicking the page', () => {
    expect(byId.get('review')).toEqual({
      id: 'review',
      title: 'Review and update in Stardex…',
      contexts: ['page'],
      documentUrlPatterns: [...profilePages, ...LIST_PAGE_PATTERNS],
    });
    expect(byId.get('quick-update')).toEqual({
      id: 'quick-update',
      title: 'Update in Stardex now',
      contexts: ['page'],
      documentUrlPatterns: profilePages,
    });
  });

  it('groups the selection targets under "Add to Stardex as", only for selections on profile pages', () => {
    expect(byId.get('add-as')).toEqual({
      id: 'add-as',
      title: 'Add to Stardex as',
      contexts: ['selection'],
      documentUrlPatterns: profilePages,
    });
    const children = menus.filter((menu) => menu.parentId === 'add-as');
    expect(children.map((menu) => [menu.id, menu.title])).toEqual([
      ['add-as:workEmail', 'Work email'],
      ['add-as:personalEmail', 'Personal email'],
      ['add-as:mobilePhone', 'Mobile phone'],
      ['add-as:workPhone', 'Work phone'],
      ['add-as:address', 'Address'],
      ['add-as:title', 'Job title'],
      ['add-as:company', 'Company'],
      ['add-as:headline', 'Headline'],
      ['add-as:note', 'Note'],
    ]);
    for (const child of children) {
      expect(child.contexts).toEqual(['selection']);
      expect(child.documentUrlPatterns).toEqual(profilePages);
      expect(child.targetUrlPatterns).toBeUndefined();
    }
    // The popup labels the same fields the same way.
    expect(children.map((menu) => menu.title)).toEqual(SELECTION_TARGETS.map((entry) => entry.title()));
  });

  it('offers "Open in Stardex review" only on links to linkedin.com/in/ profiles, on LinkedIn pages', () => {
    const link = byId.get('open-link-review')!;
    expect(link).toEqual({
      id: 'open-link-review',
      title: 'Open in Stardex review',
      contexts: ['link'],
      documentUrlPatterns: ['https://*.linkedin.com/*'],
      targetUrlPatterns: ['https://*.linkedin.com/in/*'],
    });
    const targets: [string, boolean][] = [
      ['https://www.linkedin.com/in/calla-northallen-2da20053/', true],
      ['https://linkedin.com/in/calla-northallen-2da20053', true],
      ['https://de.linkedin.com/in/wiebke/', true],
      ['https://www.linkedin.com/company/bluefen/', false],
      ['https://www.linkedin.com/feed/', false],
      ['https://www.linkedin.com/sales/lead/ACwAAA,NAME', false],
      ['http://www.linkedin.com/in/calla/', false],
      ['https://www.linkedin.com.evil.example/in/calla/', false],
      ['https://evil-linkedin.com/in/calla/', false],
    ];
    for (const [url, shown] of targets) expect([url, matchesAny(link.targetUrlPatterns, url)]).toEqual([url, shown]);
    expect(matchesAny(link.documentUrlPatterns, 'https://www.linkedin.com/feed/')).toBe(true);
    expect(matchesAny(link.documentUrlPatterns, 'https://example.com/in/calla/')).toBe(false);
  });

  it('shows the page and selection menus on profile, Sales Navigator and Recruiter pages only (the review also on list pages)', () => {
    const pages: [string, boolean][] = [
      ['https://www.linkedin.com/in/calla-northallen-2da20053/', true],
      ['https://www.linkedin.com/in/calla-northallen-2da20053/details/experience/', true],
      ['https://www.linkedin.com/sales/lead/ACwAAA,NAME_SEARCH', true],
      ['https://www.linkedin.com/talent/hire/1/discover/profile/2', true],
      ['https://www.linkedin.com/feed/', false],
      ['https://www.linkedin.com/company/bluefen/', false],
      ['https://www.linkedin.com/search/results/people/?keywords=calla', false],
      ['https://example.com/in/calla/', false],
    ];
    for (const menu of menus.filter((entry) => entry.id !== 'open-link-review' && entry.id !== 'review')) {
      expect(menu.documentUrlPatterns).toEqual(PROFILE_PAGE_PATTERNS);
      for (const [url, shown] of pages) {
        expect([menu.id, url, matchesAny(menu.documentUrlPatterns, url)]).toEqual([menu.id, url, shown]);
      }
    }
  });
});

describe('the review menu on list pages', () => {
  it('opens the review on people searches, Sales Navigator lead searches and lead lists, and still on profiles', () => {
    const review = menuDefinitions().find((entry) => entry.id === 'review')!;
    const pages: [string, boolean][] = [
      ['https://www.linkedin.com/in/calla-northallen-2da20053/', true],
      ['https://www.linkedin.com/search/results/people/?keywords=calla', true],
      ['https://fr.linkedin.com/search/results/people/?keywords=calla&page=2', true],
      ['https://www.linkedin.com/sales/search/people?query=(x)', true],
      ['https://www.linkedin.com/sales/lists/people/7123456789012345678', true],
      ['https://www.linkedin.com/search/results/companies/?keywords=calla', false],
      ['https://www.linkedin.com/feed/', false],
    ];
    for (const [url, shown] of pages) {
      expect([url, matchesAny(review.documentUrlPatterns, url)]).toEqual([url, shown]);
    }
  });
});

describe('selectionTargetOf', () => {
  it.each([
    ['add-as:workEmail', 'workEmail'],
    ['add-as:note', 'note'],
    ['add-as:title', 'title'],
    ['add-as', null],
    ['add-as:', null],
    ['add-as:emails', null],
    ['add-as:workEmail:x', null],
    ['add-as:WORKEMAIL', null],
    ['review', null],
    ['quick-update', null],
    ['xadd-as:workEmail', null],
    [7, null],
  ] as const)('%s → %s', (menuItemId, target) => {
    expect(selectionTargetOf(menuItemId)).toBe(target);
  });

  it('round-trips every selection menu id', () => {
    for (const { target } of SELECTION_TARGETS) expect(selectionTargetOf(selectionMenuId(target))).toBe(target);
    expect(selectionMenuId('workPhone')).toBe(`${MENU_IDS.addSelection}:workPhone`);
  });
});
