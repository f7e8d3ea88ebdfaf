import { browser } from 'wxt/browser';

/** A system notification: the only feedback for actions taken from the right-click menu without the popup. */
export async function notify(title: string, message: string): Promise<void> {
  await browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}
