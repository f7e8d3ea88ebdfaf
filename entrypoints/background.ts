import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage, isFromExtensionPage } from '@/lib/background/handle-message';
import { showOutboxCount } from '@/lib/background/outbox-badge';
import { deliverOutbox, OUTBOX_ALARM } from '@/lib/background/outbox-delivery';
import { readOutbox, watchOutbox } from '@/lib/background/outbox-store';

export default defineBackground(() => {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isFromExtensionPage(sender, extensionOrigin)) return false;
    // sendResponse + `return true` rather than a returned Promise: older Chromium builds ignore Promises here.
    void handleMessage(message).then(sendResponse);
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void deliverOutbox();
  });
  watchOutbox((entries) => void showOutboxCount(entries));
  // Every worker start (browser start, wake-up after idle) resumes what a stopped worker left behind.
  void readOutbox().then(showOutboxCount);
  void deliverOutbox();
});
