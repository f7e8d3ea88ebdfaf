import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import {
  SET_ASIDE_KEPT_MS,
  SET_ASIDE_MAX_ENTRIES,
  SET_ASIDE_MAX_VALUE_CHARS,
  defineValidatedList,
} from '@/lib/storage/validated-item';

/** Issue 22 item 16: damaged entries are personal data: bounded in time and size, and never logged. */

const emails = defineValidatedList({
  key: 'local:emails',
  entrySchema: z.string().email(),
  max: 1_000,
  migrations: {},
});
const setAside = async () =>
  ((await fakeBrowser.storage.local.get('setAside:emails'))['setAside:emails'] ?? []) as {
    value: unknown;
    setAsideAt: number;
  }[];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('damaged entries set aside (issue 22 item 16)', () => {
  it('are logged by position and problem, never by value', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ emails: ['calla.northallen@example.org', 'calla at bluefen'] });
    await emails.getValue();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('calla at bluefen');
  });

  it('older than the kept time are dropped when more are set aside', async () => {
    const old = { at: '0', value: 'kept too long', problem: 'invalid', setAsideAt: Date.now() - SET_ASIDE_KEPT_MS - 1 };
    await fakeBrowser.storage.local.set({ 'setAside:emails': [old], emails: ['not an email'] });
    await emails.getValue();
    expect((await setAside()).map((entry) => entry.value)).toEqual(['not an email']);
  });

  it('are capped in number, the newest kept, and a huge value is kept as its size only', async () => {
    const many = Array.from({ length: SET_ASIDE_MAX_ENTRIES + 5 }, (_, index) => `broken ${index}`);
    await fakeBrowser.storage.local.set({ emails: [...many, 'x'.repeat(SET_ASIDE_MAX_VALUE_CHARS + 1)] });
    await emails.getValue();
    const kept = await setAside();
    expect(kept).toHaveLength(SET_ASIDE_MAX_ENTRIES);
    expect(kept.at(-1)?.value).toEqual({ tooLargeToKeep: `${SET_ASIDE_MAX_VALUE_CHARS + 3} characters` });
  });
});
