import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/lib/messaging/handle-message.background';
import { readSettingsView } from '@/lib/settings/settings-handlers.background';
import { getStardexClient } from '@/lib/settings/stardex-access.background';

/** Issue 22 item 8: damaged stored settings never lock the user out. */

const SANDBOX = 'http://127.0.0.1:8787';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no access levels; Chromium's setAccessLevel closes storage.local to content scripts.
  fakeBrowser.storage.local.setAccessLevel = vi.fn(async () => {}) as never;
});

describe('damaged stored settings (issue 22 item 8)', () => {
  it('each damaged setting reads as its default, the others stay, and Options is told which were reset', async () => {
    await fakeBrowser.storage.local.set({
      settings: { baseUrl: SANDBOX, onlyFillEmpty: true, badgeLookup: 'yes', reviewOpensIn: 'floating-window' },
    });
    expect(await readSettingsView()).toMatchObject({
      baseUrl: SANDBOX,
      onlyFillEmpty: true,
      badgeLookup: true,
      reviewOpensIn: 'popup',
      resetSettings: ['badgeLookup', 'reviewOpensIn'],
    });
  });

  it('requests keep working: the popup reads the settings and the background builds its client', async () => {
    await fakeBrowser.storage.local.set({ settings: { baseUrl: SANDBOX, onlyFillEmpty: 3, reviewOpensIn: 'tab' } });
    expect(await handleMessage({ type: 'settings/get' })).toMatchObject({ ok: true, data: { baseUrl: SANDBOX } });
    expect(await handleMessage({ type: 'settings/save', apiKey: 'sk_live_demo' })).toMatchObject({ ok: true });
    await expect(getStardexClient()).resolves.toBeDefined();
  });

  it('a damaged API key reads as none, named among what was reset, so Options can still offer to save or remove it', async () => {
    await fakeBrowser.storage.local.set({ apiKey: { key: 42 } });
    expect(await readSettingsView()).toMatchObject({ hasApiKey: false, resetSettings: ['apiKey'] });
    expect(await handleMessage({ type: 'settings/remove-api-key' })).toMatchObject({ ok: true });
  });

  it('saving over damaged settings stores a clean value: nothing is reset any more', async () => {
    await fakeBrowser.storage.local.set({ settings: { baseUrl: SANDBOX, onlyFillEmpty: false, reviewOpensIn: 'tab' } });
    await handleMessage({ type: 'settings/save', reviewOpensIn: 'side-panel' });
    expect(await readSettingsView()).toMatchObject({ reviewOpensIn: 'side-panel', resetSettings: [] });
  });
});
