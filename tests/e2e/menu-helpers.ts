import type { Browser } from 'wxt/browser';
import type { ExtensionEnvironment } from './environment';

type ClickInfo = Pick<Browser.contextMenus.OnClickData, 'menuItemId'> & Partial<Browser.contextMenus.OnClickData>;

/**
 * Playwright cannot click browser menus, so these fire the real `contextMenus.onClicked` event inside
 * the service worker (`dispatch`, which this Chromium exposes on extension events): the extension's
 * own listener runs exactly as after a right-click, with no test-only code in it.
 */
export function menuHelpers(env: ExtensionEnvironment) {
  /** What the user would get from right-clicking tab `tabId` and picking the entry in `info`. */
  async function clickMenu(tabId: number, info: ClickInfo): Promise<void> {
    await env.browser.serviceWorker.evaluate(
      async ({ tabId, info }) => {
        const tab = await chrome.tabs.get(tabId);
        const event = chrome.contextMenus.onClicked as typeof chrome.contextMenus.onClicked & {
          dispatch(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab): void;
        };
        event.dispatch({ editable: false, pageUrl: tab.url, ...info }, tab);
      },
      { tabId, info },
    );
  }

  /** Records the system notifications the extension shows, from now on (a spy in the worker). */
  async function recordNotifications(): Promise<() => Promise<{ title: string; message: string }[]>> {
    await env.browser.serviceWorker.evaluate(() => {
      const shown: { title: string; message: string }[] = [];
      Object.assign(globalThis, { shownNotifications: shown });
      const api = chrome.notifications;
      const create = api.create.bind(api) as unknown as (options: {
        title: string;
        message: string;
      }) => Promise<string>;
      Object.assign(api, {
        create: (options: { title: string; message: string }) => {
          shown.push({ title: options.title, message: options.message });
          return create(options);
        },
      });
    });
    return () =>
      env.browser.serviceWorker.evaluate(
        () =>
          (globalThis as unknown as { shownNotifications: { title: string; message: string }[] }).shownNotifications,
      );
  }

  /** chrome.contextMenus has no getAll: `update(id, {})` changes nothing and fails for an unknown id. */
  function menuExists(id: string): Promise<boolean> {
    return env.browser.serviceWorker.evaluate(
      (menuId) =>
        chrome.contextMenus.update(menuId, {}).then(
          () => true,
          () => false,
        ),
      id,
    );
  }

  return { clickMenu, recordNotifications, menuExists };
}
