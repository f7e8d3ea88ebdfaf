import { describe, expect, it } from 'vitest';
import { toFailure } from '@/lib/to-failure.background';
import { StardexError } from '@/lib/stardex/errors';
import { badgeTitle, notificationWords } from '@/lib/ui-words/background';

const none = { pending: 0, failed: 0 };

describe("the toolbar button's title", () => {
  it.each([
    [undefined, 'Review in Stardex'],
    [{ kind: 'matched', name: 'Calla Northallen' } as const, 'In Stardex: Calla Northallen'],
    [{ kind: 'matched', name: null } as const, 'In Stardex: a person'],
    [{ kind: 'not-in-stardex' } as const, 'Not in Stardex yet'],
    [{ kind: 'several' } as const, 'Stardex: several people match'],
    [{ kind: 'lookup-failed' } as const, 'Stardex: could not check'],
  ])('%o: %s', (match, title) => {
    expect(badgeTitle(match, none)).toBe(title);
  });

  it('names the saves waiting and failed after what it says about the tab', () => {
    expect(badgeTitle({ kind: 'not-in-stardex' }, { pending: 2, failed: 1 })).toBe(
      'Not in Stardex yet - 2 save(s) waiting, 1 failed',
    );
    expect(badgeTitle(undefined, { pending: 0, failed: 3 })).toBe('Review in Stardex - 0 save(s) waiting, 3 failed');
  });
});

describe('notifications after a menu action', () => {
  it('an update, with the read-back notice when there was one', () => {
    expect(notificationWords.updated('Calla Northallen', ['current_job_title', 'company_name'], undefined)).toEqual({
      title: 'Updated in Stardex',
      message: 'Updated Calla Northallen: current_job_title, company_name.',
    });
    expect(notificationWords.updated(null, ['address'], 'Check address in Stardex.').message).toBe(
      'Updated this person: address. Check address in Stardex.',
    );
  });

  it('a save that waits names its next attempt', () => {
    const limited = toFailure(new StardexError({ kind: 'rate-limited', message: 'x', retryAfterSeconds: 30 }));
    expect(notificationWords.queued({ state: 'pending', lastError: limited, retryInSeconds: 31 })).toEqual({
      title: 'Waiting to update Stardex',
      message: 'Stardex is rate-limiting: retrying in 31 s',
    });
  });

  it('a failure, in the same words the popup uses', () => {
    const refused = toFailure(new StardexError({ kind: 'forbidden', status: 403, message: 'x' }));
    expect(notificationWords.failed(refused)).toEqual({
      title: 'Stardex',
      message: "You don't have permission for this in Stardex",
    });
  });

  it('a page or link that is not a profile', () => {
    expect(notificationWords.notUpdated(null).message).toBe('The LinkedIn URL of this profile is unknown.');
    expect(notificationWords.notAdded('This is a company page.')).toEqual({
      title: 'Not added',
      message: 'This is a company page.',
    });
    expect(notificationWords.notAProfileLink(undefined)).toEqual({
      title: 'Not a LinkedIn profile',
      message: 'This link does not lead to a LinkedIn profile.',
    });
  });
});
