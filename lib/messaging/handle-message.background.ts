import type { Browser } from 'wxt/browser';
import { requestSchema, type Envelope, type Request, type RequestType, type ResponseOf } from './protocol';
import { createPerson } from '../persons/create-person.background';
import { toFailure } from '../to-failure.background';
import { linkProfile, searchFor, unlinkProfile } from '../persons/link-person.background';
import { matchPerson } from '../persons/match-person.background';
import { getJob, searchJobs, searchLists } from '../placements/handlers.background';
import { readTabProfile } from '../linkedin/read-tab-profile.background';
import { discardQueuedSave, outboxView, retryAllQueuedSaves, retryQueuedSave } from '../outbox/view.background';
import { savePerson } from '../persons/save-person.background';
import { clearSavedData, savedDataStatus } from '../storage/saved-data.background';
import {
  checkConnection,
  readSettingsView,
  removeApiKey,
  saveSettings,
} from '../settings/settings-handlers.background';
import { getStardexClient } from '../settings/stardex-access.background';
import { loggedMessages, logConversation } from '../conversations/log-conversation.background';
import { savePagePerson } from '../persons/save-page-person.background';
import { confirmPagePerson, forgetPagePerson, matchPagePerson } from '../persons/page-person-match.background';
import { lookUpCompany } from '../companies/company-lookup.background';
import { addCompany } from '../companies/add-company.background';
import { lookUpListRow } from '../people-lists/list-lookup.background';
import { listRunStatus, retryListRunEntry, startListRun } from '../people-lists/list-run.background';

type Handlers = { [T in RequestType]: (request: Extract<Request, { type: T }>) => Promise<ResponseOf<T>> };

const handlers: Handlers = {
  'settings/get': () => readSettingsView(),
  'settings/save': (request) => saveSettings(request),
  'settings/test-connection': () => checkConnection(),
  'settings/remove-api-key': () => removeApiKey(),
  'data/status': () => savedDataStatus(),
  'data/clear': () => clearSavedData(),
  'tab/read-profile': (request) => readTabProfile(request.tabId),
  // The review the user is looking at: the one lookup that may remove a dead link, and says so.
  'person/match': async (request) =>
    matchPerson(await getStardexClient(), request.linkedinUrl, { mayRemoveLink: true }),
  'person/get': async (request) => (await getStardexClient()).getPerson(request.personId),
  'person/search': async (request) =>
    (await (await getStardexClient()).searchPersons(searchFor(request.query))).persons,
  'person/create': async (request) => createPerson(await getStardexClient(), request),
  'link/set': async (request) =>
    linkProfile(await getStardexClient(), request.linkedinUrl, request.personId, request.confirmedLegacyUrl ?? null),
  'link/remove': async (request) => unlinkProfile(await getStardexClient(), request.linkedinUrl),
  'person/save': (request) => savePerson(request),
  'outbox/list': (request) => outboxView(request.linkedinUrl),
  'outbox/retry': (request) => retryQueuedSave(request.id, request.linkedinUrl),
  'outbox/discard': (request) => discardQueuedSave(request.id, request.linkedinUrl),
  'outbox/retry-all': (request) => retryAllQueuedSaves(request.linkedinUrl),
  'jobs/search': (request) => searchJobs(request),
  'jobs/get': (request) => getJob(request),
  'lists/search': (request) => searchLists(request),
  'conversation/logged': (request) => loggedMessages(request),
  'conversation/log': (request) => logConversation(request),
  'page-person/match': async (request) => matchPagePerson(await getStardexClient(), request),
  'page-person/confirm': async (request) =>
    confirmPagePerson(await getStardexClient(), request.person, request.personId),
  'page-person/forget': async (request) => forgetPagePerson(await getStardexClient(), request),
  // Issue 23: the current company in Stardex.
  'company/lookup': async (request) => lookUpCompany(await getStardexClient(), request),
  'company/add': (request) => addCompany(request),
  'page-person/save': (request) => savePagePerson(request),
  'people-list/lookup': async (request) => lookUpListRow(await getStardexClient(), request.row),
  'people-list/run': (request) => startListRun(request),
  'people-list/run-status': () => listRunStatus(),
  'people-list/run-retry': (request) => retryListRunEntry(request.id),
};

/**
 * Only the extension's own pages (popup, options, the review window) may ask; content scripts
 * run inside LinkedIn's pages and could be driven by them. Extension pages in a tab also carry
 * `sender.tab`, so the page URL's origin decides.
 */
export function isFromExtensionPage(sender: Browser.runtime.MessageSender, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && new URL(sender.url).origin === extensionOrigin;
}

export async function handleMessage(raw: unknown): Promise<Envelope> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: { kind: 'malformed-request', detail: parsed.error.message } };
  }
  const request = parsed.data;
  try {
    const handler = handlers[request.type] as (r: Request) => Promise<unknown>;
    return { ok: true, data: await handler(request) };
  } catch (error) {
    console.error(`[stardex] ${request.type} failed`, error);
    return { ok: false, error: toFailure(error) };
  }
}
