import { failureWords } from '../ui-words/failures';
import { peopleListRunWords as words } from '../ui-words/people-lists';
import { canonicalProfileUrl } from '../linkedin/profile-url';
import { salesNavigatorLead } from '../persons/page-person';
import { confirmedPersonId } from '../persons/page-person-match.background';
import { deliverOutbox } from '../outbox/delivery.background';
import { retryNow, type OutboxEntry } from '../outbox/outbox';
import { readOutbox, transactOutbox, updateOutbox } from '../outbox/store';
import { listRunItem } from '../storage/items';
import type { RequestOf } from '../messaging/protocol';
import { enqueueListRun, type ListRunPerson } from './list-run';
import type { ListRunRecord, SkipReason } from './list-run-record';
import type { ListRunRow, ListRunStatus } from './people-list-messages';

/**
 * Starts a list run (./list-run.ts): decides per checked row whether it is created, updated or
 * skipped, queues everyone in one outbox change, keeps the run's record for its progress, and
 * starts sending. Returns at once: the popup follows the progress from storage.
 */
export async function startListRun(request: RequestOf<'people-list/run'>): Promise<ListRunStatus> {
  const run = crypto.randomUUID();
  const planned = await Promise.all(request.rows.map((row) => planRow(row, request.alsoUpdate)));
  const people = planned.flatMap((plan) => (plan.person ? [plan.person] : []));
  const job = request.job && { ...request.job, onJob: false };
  let listEntryId: string | null = null;
  const ids = await transactOutbox((entries) => {
    const [next, perPerson] = enqueueListRun(entries, run, people, { job, list: request.list }, Date.now(), () =>
      crypto.randomUUID(),
    );
    listEntryId = next.find((entry) => entry.run === run && entry.step?.kind === 'list-batch')?.id ?? null;
    return [next, perPerson];
  });
  let at = 0;
  const record: ListRunRecord = {
    id: run,
    rows: planned.map((plan) => ({
      name: plan.name,
      entryIds: plan.person ? ids[at++]! : [],
      skipped: plan.skipped,
    })),
    listEntryId,
  };
  await listRunItem.setValue(record);
  void deliverOutbox();
  return statusOf(record, await readOutbox());
}

interface PlannedRow {
  name: string | null;
  person: ListRunPerson | null;
  skipped: SkipReason | null;
}

/**
 * A row is skipped unless its match is certain: a public URL whose lookup found one person or
 * nobody, or a Sales Navigator lead the user confirmed a Stardex person for on the lead's page.
 */
async function planRow(row: ListRunRow, alsoUpdate: boolean): Promise<PlannedRow> {
  const url = row.linkedinUrl && canonicalProfileUrl(row.linkedinUrl);
  const skip = (skipped: SkipReason) => ({ name: row.name, person: null, skipped });
  if (!row.name) return skip('no-url');
  if (!url) return planLeadRow(row, row.name);
  if (row.lookup.status === 'several') return skip('several');
  if (row.lookup.status === 'in-stardex') {
    const update = alsoUpdate
      ? {
          ...(row.headline ? { linkedin_headline: row.headline } : {}),
          ...(row.location ? { linkedin_location: row.location } : {}),
        }
      : {};
    return {
      name: row.name,
      person: { linkedinUrl: url, personId: row.lookup.personId, name: row.lookup.name ?? row.name, update },
      skipped: null,
    };
  }
  if (row.lookup.status !== 'not-in-stardex') return skip('not-known');
  const create = {
    name: row.name,
    ...(row.title ? { current_job_title: row.title } : {}),
    ...(row.company ? { company_name: row.company } : {}),
    ...(row.location ? { linkedin_location: row.location } : {}),
  };
  return { name: row.name, person: { linkedinUrl: url, personId: null, name: row.name, create }, skipped: null };
}

/**
 * A row without a public URL is certain only as the Stardex person the user confirmed for its lead
 * (the same link a lead page's review uses, asked now, not taken from the popup): put on the job and
 * list, never created or updated (a lead row shows no URL to create by, and no headline).
 */
async function planLeadRow(row: ListRunRow, name: string): Promise<PlannedRow> {
  const lead = row.leadId ? salesNavigatorLead(row.leadId) : null;
  if (!lead) return { name, person: null, skipped: 'no-url' };
  const personId = await confirmedPersonId(lead);
  if (!personId) return { name, person: null, skipped: 'lead-not-confirmed' };
  const stardexName = row.lookup.status === 'in-stardex' && row.lookup.personId === personId ? row.lookup.name : null;
  return {
    name,
    person: { linkedinUrl: null, pagePerson: lead, personId, name: stardexName ?? name, update: {} },
    skipped: null,
  };
}

export async function listRunStatus(): Promise<ListRunStatus> {
  const record = await listRunItem.getValue();
  return record && statusOf(record, await readOutbox());
}

/** The user's Retry on a failed row: that entry is due again now. */
export async function retryListRunEntry(id: string): Promise<ListRunStatus> {
  await updateOutbox((entries) => retryNow(entries, id, Date.now()));
  void deliverOutbox();
  return listRunStatus();
}

/**
 * Each row's state, read from the outbox: done once none of its entries is left and the run's list
 * step is through too; failed while one of them (or the list step, once the row's own are through) waits for Retry.
 */
function statusOf(record: ListRunRecord, outbox: readonly OutboxEntry[]): ListRunStatus {
  const byId = new Map(outbox.map((entry) => [entry.id, entry]));
  const listEntry = record.listEntryId === null ? undefined : byId.get(record.listEntryId);
  const rows = record.rows.map((row) => {
    if (row.skipped)
      return { name: row.name, state: 'skipped' as const, reason: skipWords(row.skipped), retryId: null };
    const left = row.entryIds.flatMap((id) => byId.get(id) ?? []);
    const blocking = left.length > 0 ? left : listEntry ? [listEntry] : [];
    const failed = blocking.find((entry) => entry.state === 'failed');
    if (failed) {
      const reason = words.failed(failed.lastError ? failureWords(failed.lastError) : '');
      return { name: row.name, state: 'failed' as const, reason, retryId: failed.id };
    }
    const state = blocking.length > 0 ? ('waiting' as const) : ('done' as const);
    return { name: row.name, state, reason: null, retryId: null };
  });
  return {
    total: rows.length,
    done: rows.filter((row) => row.state === 'done' || row.state === 'skipped').length,
    rows,
  };
}

function skipWords(reason: SkipReason): string {
  const why = {
    'no-url': words.skipNoUrl,
    'lead-not-confirmed': words.skipLeadNotConfirmed,
    several: words.skipSeveral,
    'not-known': words.skipNotKnown,
  }[reason]();
  return words.skipped(why);
}
