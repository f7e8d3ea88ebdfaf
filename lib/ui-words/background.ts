import { i18n } from '#i18n';
import type { Failure } from '../failure';
import type { QueuedAttempt } from '../messaging/protocol';
import type { BadgeMatch } from '../storage/items';
import { failureWords, queuedSaveWords } from './failures';
import { badgeOffLimitsTitle } from './companies';

/** The words of the background's own surfaces: the toolbar button's title and system notifications. */

/** The toolbar button's title: what the badge says about this tab, then the outbox when saves wait. */
export function badgeTitle(match: BadgeMatch | undefined, outbox: { pending: number; failed: number }): string {
  const title = matchTitle(match);
  if (outbox.pending + outbox.failed === 0) return title;
  return i18n.t('badge.withQueue', { title, pending: String(outbox.pending), failed: String(outbox.failed) });
}

function matchTitle(match: BadgeMatch | undefined): string {
  switch (match?.kind) {
    case undefined:
      return i18n.t('badge.review');
    case 'matched': {
      const title =
        match.name === null ? i18n.t('badge.matchedUnnamed') : i18n.t('badge.matched', { name: match.name });
      return match.offLimits?.length ? badgeOffLimitsTitle(match.offLimits, title) : title;
    }
    case 'not-in-stardex':
      return i18n.t('badge.notInStardex');
    case 'several':
      return i18n.t('badge.severalMatch');
    case 'lookup-failed':
      return i18n.t('badge.lookupFailed');
  }
}

export interface Notification {
  title: string;
  message: string;
}

/** Why a right-click update needs the review instead (lib/menus/quick-update.background.ts). */
export const needsReviewWords = {
  notInStardexYet: () => i18n.t('notify.notInStardexYet'),
  severalMatch: () => i18n.t('notify.severalMatch'),
  nothingNew: () => i18n.t('notify.nothingNew'),
};

export const notificationWords = {
  updated(personName: string | null, fields: readonly string[], notice: string | undefined): Notification {
    const name = personName ?? i18n.t('notify.thisPerson');
    const listed = fields.join(', ');
    return {
      title: i18n.t('notify.updatedTitle'),
      message: notice
        ? i18n.t('notify.updatedWithNotice', { name, fields: listed, notice })
        : i18n.t('notify.updated', { name, fields: listed }),
    };
  },
  queued(attempt: QueuedAttempt): Notification {
    return { title: i18n.t('notify.waitingTitle'), message: queuedSaveWords(attempt) };
  },
  /** `reason`: why the page is not a profile that can be updated, or null when its URL is unknown. */
  notUpdated(reason: string | null): Notification {
    return { title: i18n.t('notify.notUpdatedTitle'), message: reason ?? i18n.t('notify.profileUrlUnknown') };
  },
  /** `reason`: why the selection was not added, or null when the profile's URL is unknown. */
  notAdded(reason: string | null): Notification {
    return { title: i18n.t('notify.notAddedTitle'), message: reason ?? i18n.t('notify.profileUrlUnknown') };
  },
  added(value: string, label: string): Notification {
    return { title: i18n.t('notify.addedTitle'), message: i18n.t('notify.added', { value, label }) };
  },
  notAProfileLink(link: string | undefined): Notification {
    return {
      title: i18n.t('notify.notProfileTitle'),
      message: i18n.t('notify.notProfile', { link: link ?? i18n.t('notify.thisLink') }),
    };
  },
  /** `reason`: why the page is not a profile that can be put on a job, or null when its URL is unknown. */
  notAddedToJob(reason: string | null): Notification {
    return { title: i18n.t('notify.notAddedToJobTitle'), message: reason ?? i18n.t('notify.profileUrlUnknown') };
  },
  queuedForJob(attempt: QueuedAttempt): Notification {
    return { title: i18n.t('notify.waitingForJobTitle'), message: queuedSaveWords(attempt) };
  },
  alreadyOnJob(personName: string | null, job: string, stage: string | null): Notification {
    const name = personName ?? i18n.t('notify.thisPerson');
    return {
      title: i18n.t('notify.alreadyOnJobTitle'),
      message: stage
        ? i18n.t('notify.alreadyOnJobAtStage', { name, job, stage })
        : i18n.t('notify.alreadyOnJob', { name, job }),
    };
  },
  addedToJob(personName: string | null, job: string): Notification {
    const name = personName ?? i18n.t('notify.thisPerson');
    return { title: i18n.t('notify.addedToJobTitle'), message: i18n.t('notify.addedToJob', { name, job }) };
  },
  failed(failure: Failure): Notification {
    return { title: i18n.t('notify.failedTitle'), message: failureWords(failure) };
  },
};
