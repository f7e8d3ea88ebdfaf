import type { Browser } from 'wxt/browser';

// Functions passed to page.evaluate / worker.evaluate run inside the extension, where `chrome` exists.
declare global {
  const chrome: typeof Browser;
}
