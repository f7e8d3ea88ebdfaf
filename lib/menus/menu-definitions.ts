import type { Browser } from 'wxt/browser';
import { MENU_FIELDS } from '../fields';
import type { SelectionTarget } from '../drafts/selection-draft';
import { LIST_PAGE_PATTERNS } from '../people-lists/list-page';
import { menuWords } from '../ui-words/menus';

/** Where profile menus apply. Sales Navigator and Recruiter pages may link the public profile. */
export const PROFILE_PAGE_PATTERNS = [
  'https://*.linkedin.com/in/*',
  'https://*.linkedin.com/sales/lead/*',
  'https://*.linkedin.com/talent/*',
];

/**
 * What the user can add from a selection on a profile page, each id `add-as:<target>`: the fields
 * lib/fields.ts offers there (titled with their label, in their menu position), then a note. Titles are read
 * when the menus are made: the locale's words are not at hand while modules load.
 */
export const SELECTION_TARGETS: readonly { target: SelectionTarget; title: () => string }[] = [
  ...MENU_FIELDS.map(({ key, label }) => ({ target: key, title: () => label })),
  { target: 'note', title: menuWords.selectionNote },
];

export const MENU_IDS = {
  review: 'review',
  quickUpdate: 'quick-update',
  addSelection: 'add-as',
  openLinkReview: 'open-link-review',
} as const;

export function selectionMenuId(target: SelectionTarget): string {
  return `${MENU_IDS.addSelection}:${target}`;
}

export function selectionTargetOf(menuItemId: string | number): SelectionTarget | null {
  const prefix = `${MENU_IDS.addSelection}:`;
  if (typeof menuItemId !== 'string' || !menuItemId.startsWith(prefix)) return null;
  const target = menuItemId.slice(prefix.length);
  return SELECTION_TARGETS.find((entry) => entry.target === target)?.target ?? null;
}

/** Every menu entry, created once on install/update (Chrome keeps them across worker restarts). */
export function menuDefinitions(): Browser.contextMenus.CreateProperties[] {
  return [
    {
      id: MENU_IDS.review,
      title: menuWords.review(),
      contexts: ['page'],
      // On a list page the review is the list's: the people shown, to add to Stardex.
      documentUrlPatterns: [...PROFILE_PAGE_PATTERNS, ...LIST_PAGE_PATTERNS],
    },
    {
      id: MENU_IDS.quickUpdate,
      title: menuWords.quickUpdate(),
      contexts: ['page'],
      documentUrlPatterns: PROFILE_PAGE_PATTERNS,
    },
    {
      id: MENU_IDS.addSelection,
      title: menuWords.addSelectionAs(),
      contexts: ['selection'],
      documentUrlPatterns: PROFILE_PAGE_PATTERNS,
    },
    ...SELECTION_TARGETS.map(({ target, title }) => ({
      id: selectionMenuId(target),
      parentId: MENU_IDS.addSelection,
      title: title(),
      contexts: ['selection'] as ['selection'],
      documentUrlPatterns: PROFILE_PAGE_PATTERNS,
    })),
    {
      id: MENU_IDS.openLinkReview,
      title: menuWords.openLinkReview(),
      contexts: ['link'],
      documentUrlPatterns: ['https://*.linkedin.com/*'],
      targetUrlPatterns: ['https://*.linkedin.com/in/*'],
    },
  ];
}
