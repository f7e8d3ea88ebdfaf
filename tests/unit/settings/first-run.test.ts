import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { welcomeOnInstall } from '@/lib/settings/first-run.background';

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.openOptionsPage = vi.fn(async () => {});
});

describe('first run', () => {
  it('a fresh install opens Options', async () => {
    await welcomeOnInstall({ reason: 'install' } as never);
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledOnce();
  });

  it.each(['update', 'chrome_update', 'shared_module_update'])('"%s" does not', async (reason) => {
    await welcomeOnInstall({ reason, previousVersion: '0.0.9' } as never);
    expect(fakeBrowser.runtime.openOptionsPage).not.toHaveBeenCalled();
  });
});
