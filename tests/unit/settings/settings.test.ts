import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { baseUrlOrigin, isStardexHost, validateBaseUrl } from '@/lib/settings/settings';
import { settingsItem } from '@/lib/storage/items';

describe('validateBaseUrl', () => {
  it.each([
    ['https://api.stardex.ai', 'https://api.stardex.ai'],
    ['  https://api.stardex.ai/  ', 'https://api.stardex.ai'],
    ['https://proxy.example.com/stardex/', 'https://proxy.example.com/stardex'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://localhost:8787/', 'http://localhost:8787'],
  ])('accepts %s as %s', (input, baseUrl) => {
    expect(validateBaseUrl(input)).toEqual({ ok: true, baseUrl });
  });

  it.each([
    ['not a url', /not a valid URL/],
    ['http://api.stardex.ai', /https/],
    ['ftp://api.stardex.ai', /https/],
    ['https://api.stardex.ai/?key=1', /query/],
    ['https://user:pw@api.stardex.ai', /credentials/],
  ])('refuses %s with a message saying why', (input, message) => {
    const result = validateBaseUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('baseUrlOrigin', () => {
  it.each([
    ['https://api.stardex.ai/', 'https://api.stardex.ai'],
    ['https://proxy.example.com/stardex/v2', 'https://proxy.example.com'],
    ['http://localhost:8787', 'http://localhost:8787'],
    ['HTTPS://API.Stardex.AI:443', 'https://api.stardex.ai'],
  ])('%s sends to %s', (input, origin) => {
    expect(baseUrlOrigin(input)).toBe(origin);
  });

  it.each(['not a url', 'http://api.stardex.ai'])('%s has no origin a key could be tied to', (input) => {
    expect(baseUrlOrigin(input)).toBeNull();
  });
});

describe('isStardexHost', () => {
  it.each(['https://api.stardex.ai', 'https://stardex.ai', 'https://eu.api.stardex.ai/v1'])('%s is Stardex', (url) => {
    expect(isStardexHost(url)).toBe(true);
  });

  it.each(['https://stardex.ai.example.com', 'https://notstardex.ai', 'http://127.0.0.1:8787'])('%s is not', (url) => {
    expect(isStardexHost(url)).toBe(false);
  });
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('look up profiles while browsing by default, also in settings stored before the setting existed', async () => {
    expect((await settingsItem.getValue()).badgeLookup).toBe(true);
    await fakeBrowser.storage.local.set({ settings: { baseUrl: 'https://api.stardex.ai', onlyFillEmpty: true } });
    expect(await settingsItem.getValue()).toEqual({
      baseUrl: 'https://api.stardex.ai',
      onlyFillEmpty: true,
      badgeLookup: true,
      reviewOpensIn: 'popup',
    });
  });

  it('keep the choice of where the review opens', async () => {
    expect((await settingsItem.getValue()).reviewOpensIn).toBe('popup');
    const stored = { baseUrl: 'https://api.stardex.ai', onlyFillEmpty: false, badgeLookup: true };
    await settingsItem.setValue({ ...stored, reviewOpensIn: 'side-panel' });
    expect((await settingsItem.getValue()).reviewOpensIn).toBe('side-panel');
  });

  it('keep the badge lookup off once turned off', async () => {
    await settingsItem.setValue({
      baseUrl: 'https://api.stardex.ai',
      onlyFillEmpty: false,
      badgeLookup: false,
      reviewOpensIn: 'popup',
    });
    expect((await settingsItem.getValue()).badgeLookup).toBe(false);
  });
});
