// First: configures zod before any schema is built (see the module).
import '@/lib/zod-config';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { welcomeOnInstall } from '@/lib/settings/first-run.background';
import { handleMessage, isFromExtensionPage } from '@/lib/messaging/handle-message.background';
import { handleMenuClick } from '@/lib/menus/menu-actions.background';
import { menuDefinitions } from '@/lib/menus/menu-definitions';
import { syncJobMenu } from '@/lib/placements/job-menu-sync.background';
import { readRecentJobs, watchRecentJobs } from '@/lib/placements/recent-jobs-store.background';
import { deliverOutbox, OUTBOX_ALARM } from '@/lib/outbox/delivery.background';
import { readOutbox, watchOutbox } from '@/lib/outbox/store';
import { applyReviewPlace, openSidePanel } from '@/lib/review/review-place.background';
import { canRestrictStorage, restrictStorageToExtension } from '@/lib/settings/storage-lock';
import { applyBadgeLookupSetting, forgetTab, refreshTabBadge, showOutboxCount } from '@/lib/badge/tab-badge.background';
import { settingsItem } from '@/lib/storage/items';

export default defineBackground(() => {
  const logFailure = (what: string) => (error: unknown) => console.error(`[stardex] ${what} failed`, error);
  // First, at every worker start: content scripts (inside LinkedIn's pages) must not read storage.local,
  // which holds the API key. Saving a key waits for the same call, so no key is stored unprotected.
  // Firefox cannot restrict it and keeps the key in the extension's IndexedDB instead (lib/storage/items.ts).
  if (canRestrictStorage()) restrictStorageToExtension().catch(logFailure('restricting storage to the extension'));
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isFromExtensionPage(sender, extensionOrigin)) return false;
    // sendResponse + `return true` rather than a returned Promise: older Chromium builds ignore Promises here.
    void handleMessage(message).then(sendResponse);
    return true;
  });

  // Menus persist across worker restarts; they are (re)created only when the extension is installed or updated.
  browser.runtime.onInstalled.addListener((details) => {
    browser.contextMenus
      .removeAll()
      .then(() => {
        for (const menu of menuDefinitions()) browser.contextMenus.create(menu);
        return readRecentJobs().then(syncJobMenu);
      })
      .catch(logFailure('creating the menus'));
    welcomeOnInstall(details).catch(logFailure('opening Options on install'));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
  watchRecentJobs((jobs) => void syncJobMenu(jobs).catch(logFailure('job menu')));

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url || change.status === 'complete') refreshTabBadge(tabId, tab.url).catch(logFailure('badge'));
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(logFailure('badge')));
  settingsItem.watch(({ badgeLookup, reviewOpensIn }) => {
    applyBadgeLookupSetting(badgeLookup).catch(logFailure('badge'));
    applyReviewPlace(reviewOpensIn).catch(logFailure('choosing what the toolbar button opens'));
  });
  void settingsItem
    .getValue()
    .then(({ reviewOpensIn }) => applyReviewPlace(reviewOpensIn))
    .catch(logFailure('choosing what the toolbar button opens'));
  // Only called without a popup (the side panel was chosen) where the browser does not open it itself: Firefox.
  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) openSidePanel(tab.id).catch(logFailure('opening the side panel'));
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void deliverOutbox();
  });
  watchOutbox((entries) => void showOutboxCount(entries).catch(logFailure('badge')));
  // Every worker start (browser start, wake-up after idle) resumes what a stopped worker left behind.
  void readOutbox().then(showOutboxCount).catch(logFailure('badge'));
  void deliverOutbox();
});
