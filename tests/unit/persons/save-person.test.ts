import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IdentityMismatchError } from '@/lib/persons/identity-guard';
import { deliverSoon } from '@/lib/outbox/delivery.background';
import { readOutbox } from '@/lib/outbox/store';
import { savePerson } from '@/lib/persons/save-person.background';
import type { RequestOf } from '@/lib/messaging/protocol';

// Delivery is not under test: the save stays queued where the test can read it.
vi.mock('@/lib/outbox/delivery.background', () => ({ deliverSoon: vi.fn(async () => ({ delivered: false })) }));

const REVIEWED = 'https://www.linkedin.com/in/calla-northallen-2da20053/';
const save = (patch: RequestOf<'person/save'>['patch']): RequestOf<'person/save'> => ({
  type: 'person/save',
  tabId: null,
  personId: '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01',
  personName: 'Calla Northallen',
  linkedinUrl: REVIEWED,
  patch,
  note: null,
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.clearAllMocks();
});

describe('savePerson and the linkedin_url of a PATCH', () => {
  it('refuses a linkedin_url naming another profile: nothing is queued or sent', async () => {
    const edited = save({ linkedin_url: 'https://www.linkedin.com/in/calla-northallen-b7731c02/', name: 'Calla' });
    await expect(savePerson(edited)).rejects.toThrow(IdentityMismatchError);
    expect(await readOutbox()).toEqual([]);
    expect(deliverSoon).not.toHaveBeenCalled();
  });

  it("queues the reviewed profile's canonical URL for another spelling of it", async () => {
    await savePerson(save({ linkedin_url: 'https://de.linkedin.com/in/calla-northallen-2da20053?trk=x' }));
    expect((await readOutbox()).map((entry) => entry.patch)).toEqual([{ linkedin_url: REVIEWED }]);
  });
});
