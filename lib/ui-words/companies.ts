import { i18n } from '#i18n';
import type { CompanyLookup } from '../companies/company-lookup';
import type { OffLimitsReason } from '../companies/off-limits';

/** The words of issue 23: off-limits warnings (review and badge) and the review's company line. */

function withDetails(warning: string, reason: string | null, date: string | null): string {
  const reasoned = reason ? i18n.t('companies.markReason', { warning, reason }) : warning;
  return date ? i18n.t('companies.markDate', { warning: reasoned, date }) : reasoned;
}

/** "Off-limits: Nettlebrook Pharma is a client (Active)", "Do not contact: Lumenvale Optics - <reason> (since <date>)". */
export function offLimitsWords(reason: OffLimitsReason): string {
  switch (reason.kind) {
    case 'client':
      return reason.status
        ? i18n.t('companies.offLimitsClient', { company: reason.company, status: reason.status })
        : i18n.t('companies.offLimitsClientNoStatus', { company: reason.company });
    case 'company-do-not-contact':
      return withDetails(
        i18n.t('companies.doNotContactCompany', { company: reason.company }),
        reason.reason,
        reason.date,
      );
    case 'person-do-not-contact':
      return withDetails(i18n.t('companies.doNotContactPerson'), reason.reason, reason.date);
  }
}

/** The badge's title on an off-limits person: the warnings first, then what it says anyway. */
export function badgeOffLimitsTitle(reasons: readonly OffLimitsReason[], title: string): string {
  return i18n.t('companies.badgeOffLimits', { warnings: reasons.map(offLimitsWords).join('. '), title });
}

/** The review's company line for a finished lookup. */
export function companyLineWords(lookup: CompanyLookup, pageName: string): string {
  if (lookup.status === 'none') return i18n.t('companies.notInStardex', { name: pageName });
  const { name, is_client, client_status } = lookup.company;
  if (!is_client) return i18n.t('companies.inStardex', { name });
  return client_status?.name
    ? i18n.t('companies.inStardexClient', { name, status: client_status.name })
    : i18n.t('companies.inStardexClientNoStatus', { name });
}

export const companyWords = {
  panelLabel: () => i18n.t('companies.panelLabel'),
  lookingUp: (name: string) => i18n.t('companies.lookingUp', { name }),
  lookupFailed: (reason: string) => i18n.t('companies.lookupFailed', { reason }),
  spelledOtherwise: (name: string) => i18n.t('companies.spelledOtherwise', { name }),
  useStardexSpelling: (name: string) => i18n.t('companies.useStardexSpelling', { name }),
  keepPageSpelling: (name: string) => i18n.t('companies.keepPageSpelling', { name }),
  add: () => i18n.t('companies.add'),
  adding: () => i18n.t('companies.adding'),
  added: () => i18n.t('companies.added'),
  addQueued: () => i18n.t('companies.addQueued'),
  addNeedsPerson: () => i18n.t('companies.addNeedsPerson'),
  alreadyInStardexAs: (name: string) => i18n.t('companies.alreadyInStardexAs', { name }),
};
