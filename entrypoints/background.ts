import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage, isFromExtensionPage } from '@/lib/background/handle-message';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isFromExtensionPage(sender, new URL(browser.runtime.getURL('/')).origin)) return false;
    // sendResponse + `return true` rather than a returned Promise: older Chromium builds ignore Promises here.
    void handleMessage(message).then(sendResponse);
    return true;
  });
});
