import { browser } from 'wxt/browser';
import type { JobRef } from './placement-schema';
import { JOB_MENU_ID, jobMenuDefinitions } from './job-menu';

let syncs: Promise<void> = Promise.resolve();

/**
 * Rebuilds "Add to Stardex job ›" for these recent jobs: removing the parent removes its entries,
 * whatever they were before a restart. One rebuild at a time, so two quick saves cannot interleave.
 */
export function syncJobMenu(recent: readonly JobRef[]): Promise<void> {
  syncs = syncs.then(async () => {
    await browser.contextMenus.remove(JOB_MENU_ID).catch(() => undefined); // Absent on the first build.
    for (const menu of jobMenuDefinitions(recent)) {
      await new Promise<void>((resolve, reject) =>
        browser.contextMenus.create(menu, () => {
          const error = browser.runtime.lastError;
          if (error) reject(new Error(error.message));
          else resolve();
        }),
      );
    }
  });
  const done = syncs;
  syncs = syncs.catch((error) => console.error('[stardex] could not update the job menu', error));
  return done;
}
