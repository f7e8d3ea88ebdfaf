import type { Browser } from 'wxt/browser';

// Functions passed to page.evaluate run inside the add-on's pages, where Firefox's `browser` exists.
declare global {
  const browser: typeof Browser;
}
