import type { z } from 'zod';
import { CLIENT_ERROR_CODES, StardexError, describeHttpDetail, errorFromFailedAnswer } from './errors';
import { hasRateLimitInfo, parseRateLimitInfo } from './rate-limit';
import {
  UUID_PATTERN,
  createdPersonEnvelopeSchema,
  dataEnvelope,
  listEnvelope,
  personEnvelopeSchema,
  personListEnvelopeSchema,
  reportsFailure,
  reportsSuccess,
  type PatchWithJob,
  type StardexPerson,
} from './schemas';
import {
  jobSchema,
  jobSummarySchema,
  listItemsResultSchema,
  listSummarySchema,
  type Job,
  type JobSummary,
  type ListItemsResult,
  type ListSummary,
  type StageChange,
} from '../placements/stardex-placements';
import type { PersonCreate, PersonSearch, RateLimitInfo } from './types';
import { companySchema, type CompanyCreate, type StardexCompany } from '../companies/company-schema';
import { timelineEntrySchema, type TimelineActivity } from './activities';
import { NOTE_ACTIVITY_TYPE } from '../notes';
import { assertWithinFieldLimits } from '../field-limits';

export interface StardexClientOptions {
  /** e.g. `https://api.stardex.ai`; https only, except http for localhost / 127.0.0.1. */
  baseUrl: string;
  apiKey: string;
  fetch?: typeof fetch;
  /** Per request, body included. Default 15 s: well under the 30 s after which Chrome kills a worker's fetch. */
  timeoutMs?: number;
  /** Awaited before every request so the caller's rate limiter can delay it. */
  beforeRequest?: () => Promise<void>;
  /** Called with the rate-limit headers of every answer that carries them, errors included. */
  onRateLimit?: (info: RateLimitInfo) => void;
}

export interface StardexClient {
  searchPersons(query: PersonSearch): Promise<{ persons: StardexPerson[]; total: number }>;
  getPerson(id: string): Promise<StardexPerson>;
  createPerson(body: PersonCreate): Promise<StardexPerson>;
  /**
   * Rejects with a StardexError whose `unconfirmedWrite` is true when Stardex answered 2xx but the
   * body neither confirms nor refuses: the caller must read the person back (lib/background/confirm-update.ts).
   */
  updatePerson(id: string, patch: PatchWithJob): Promise<void>;
  /** A general note (`secondary_note`) on the person, via `POST /v1/person-activities`. */
  addNote(personId: string, content: string): Promise<void>;
  /** `POST /v1/person-activities` of any type; like a note, any 2xx that reports no failure counts. */
  addActivity(personId: string, activityType: string, content: string): Promise<void>;
  /** `GET /v1/persons/{id}/activities`, every page: the person's whole timeline. */
  listActivities(personId: string): Promise<TimelineActivity[]>;
  /** Cheapest authenticated call; resolves when the address and key work. */
  checkConnection(): Promise<void>;
  /** `POST /v1/jobs/search`; archived jobs left out unless asked for. */
  searchJobs(query: { keywords: string[]; limit: number; archived?: boolean }): Promise<JobSummary[]>;
  /** `GET /v1/jobs/{id}`, with its pipeline stages. */
  getJob(id: string): Promise<Job>;
  /** `POST /v1/candidates/update-stage`; any 2xx that reports no failure counts (moving twice is harmless). */
  updateStage(change: StageChange): Promise<void>;
  searchLists(query: { keywords: string[]; limit: number }): Promise<ListSummary[]>;
  /** `POST /v1/lists/{id}/items`; null when the 2xx answer does not say what happened to each id. */
  addToList(listId: string, personIds: string[]): Promise<ListItemsResult | null>;
  /** `POST /v1/companies/search` by LinkedIn company URL or by keywords (issue 23). */
  searchCompanies(query: { linkedin_url?: string; keywords?: string[]; limit: number }): Promise<StardexCompany[]>;
  getCompany(id: string): Promise<StardexCompany>;
  /** `POST /v1/companies`, "create or update": it may not deduplicate, so callers search first. */
  createCompany(body: CompanyCreate): Promise<StardexCompany>;
}

const DEFAULT_TIMEOUT_MS = 15_000;
/** The largest page Stardex lists. */
const ACTIVITY_PAGE = 100;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** Throws a StardexError (before anything is sent) when the address or key cannot work. */
export function createStardexClient(options: StardexClientOptions): StardexClient {
  const baseUrl = parseBaseUrl(options.baseUrl);
  const apiKey = parseApiKey(options.apiKey);
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  /**
   * Sends one request and returns the 2xx answer; rejects with a StardexError for a non-2xx status and
   * for a 2xx whose body reports a failure (`success: false`, a non-null `error`).
   */
  async function request(method: 'GET' | 'POST' | 'PATCH', path: string, body: unknown): Promise<Answer> {
    await options.beforeRequest?.();

    const timeoutSignal = AbortSignal.timeout(timeoutMs);
    const url = new URL(path, baseUrl);
    const headers: Record<string, string> = { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    let bodyText: string;
    try {
      response = await fetchImpl(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        // The key is for the configured address only: a redirect is never followed (see redirectError).
        redirect: 'manual',
        signal: timeoutSignal,
      });
      // Reading the body stays under the same timeout: a server can send headers and then stall.
      bodyText = await response.text();
    } catch (error) {
      throw transportError(error, { method, url, timeoutSignal, timeoutMs });
    }

    if (isRedirect(response)) throw redirectError(response, { method, url });
    const json = parseJsonOrUndefined(bodyText);
    const rateLimit = parseRateLimitInfo(response.headers, json);
    if (hasRateLimitInfo(rateLimit)) options.onRateLimit?.(rateLimit);

    if (!response.ok || reportsFailure(json)) {
      throw errorFromFailedAnswer({
        status: response.status,
        statusText: response.statusText,
        bodyText,
        body: json,
        retryAfterSeconds: rateLimit.retryAfterSeconds,
      });
    }
    return {
      target: `${method} ${url.pathname}`,
      status: response.status,
      statusText: response.statusText,
      bodyText,
      json,
    };
  }

  async function addActivity(personId: string, activityType: string, content: string) {
    const body = { activity_type: activityType, activity_content: content, person_id: checkedPersonId(personId) };
    // Any 2xx that reports no failure counts, whatever its body: the answer is undocumented, and
    // posting again would add the activity twice (a lost answer is settled by reading the timeline).
    await request('POST', 'v1/person-activities', body);
  }

  async function searchPersons(query: PersonSearch) {
    const answer = await request('POST', 'v1/persons/search', query);
    const { data, meta } = dataOf(answer, personListEnvelopeSchema);
    return { persons: data, total: meta?.total ?? data.length };
  }

  return {
    searchPersons,
    async getPerson(id) {
      const answer = await request('GET', `v1/persons/${checkedPersonId(id)}`, undefined);
      return dataOf(answer, personEnvelopeSchema).data;
    },
    async createPerson(body) {
      assertWithinFieldLimits(body);
      const answer = await request('POST', 'v1/persons', body);
      return dataOf(answer, createdPersonEnvelopeSchema).data;
    },
    async updatePerson(id, patch) {
      assertWithinFieldLimits(patch);
      const answer = await request('PATCH', `v1/persons/${checkedPersonId(id)}`, patch);
      // Nothing in `data` is needed (Stardex's example is `{message}`, but `{}` and `{id}` are as good).
      if (!reportsSuccess(answer.json)) throw unconfirmedWrite(answer);
    },
    async addNote(personId, content) {
      await addActivity(personId, NOTE_ACTIVITY_TYPE, content);
    },
    addActivity,
    async listActivities(personId) {
      const path = `v1/persons/${checkedPersonId(personId)}/activities`;
      const activities: TimelineActivity[] = [];
      for (let offset = 0; ; offset += ACTIVITY_PAGE) {
        const answer = await request('GET', `${path}?offset=${offset}&limit=${ACTIVITY_PAGE}`, undefined);
        const { data, meta } = dataOf(answer, listEnvelope(timelineEntrySchema));
        activities.push(...data.filter((entry): entry is TimelineActivity => entry !== null));
        // Without a total, a short page is the last one.
        const more = meta ? offset + data.length < meta.total : data.length === ACTIVITY_PAGE;
        if (!more || data.length === 0) return activities;
      }
    },
    async checkConnection() {
      await searchPersons({ limit: 1 });
    },
    async searchJobs({ keywords, limit, archived = false }) {
      const answer = await request('POST', 'v1/jobs/search', { keywords, is_archived: archived, limit });
      return dataOf(answer, listEnvelope(jobSummarySchema)).data;
    },
    async getJob(id) {
      const answer = await request('GET', `v1/jobs/${checkedId(id, 'job')}`, undefined);
      return dataOf(answer, dataEnvelope(jobSchema)).data;
    },
    async updateStage(change) {
      await request('POST', 'v1/candidates/update-stage', change);
    },
    async searchLists({ keywords, limit }) {
      const answer = await request('POST', 'v1/lists/search', { keywords, limit });
      return dataOf(answer, listEnvelope(listSummarySchema)).data;
    },
    async addToList(listId, personIds) {
      const body = { person_ids: personIds.map((id) => checkedPersonId(id)) };
      const answer = await request('POST', `v1/lists/${checkedId(listId, 'list')}/items`, body);
      // Adding again is harmless (Stardex answers already_present_ids), so an unreadable 2xx is not an error.
      const parsed = dataEnvelope(listItemsResultSchema).safeParse(answer.json);
      return parsed.success ? parsed.data.data : null;
    },
    async searchCompanies(query) {
      const answer = await request('POST', 'v1/companies/search', query);
      return dataOf(answer, listEnvelope(companySchema)).data;
    },
    async getCompany(id) {
      const answer = await request('GET', `v1/companies/${checkedId(id, 'company')}`, undefined);
      return dataOf(answer, dataEnvelope(companySchema)).data;
    },
    async createCompany(body) {
      const answer = await request('POST', 'v1/companies', body);
      return dataOf(answer, dataEnvelope(companySchema)).data;
    },
  };
}

/** A 2xx answer that reported no failure. */
interface Answer {
  /** e.g. `GET /v1/persons/…`, for messages. */
  target: string;
  status: number;
  statusText: string;
  bodyText: string;
  /** Undefined when the body is empty or not JSON. */
  json: unknown;
}

/** The parts of a 2xx answer the extension acts on; an answer without them is an invalid response. */
function dataOf<T extends z.ZodType>(answer: Answer, schema: T): z.output<T> {
  const parsed = schema.safeParse(answer.json);
  if (parsed.success) return parsed.data;
  const unreadable = answer.json === undefined;
  const why = unreadable ? 'the body is empty or not JSON' : parsed.error.message;
  throw new StardexError({
    kind: 'invalid-response',
    status: answer.status,
    // A body that is not JSON at all (a proxy's block page, a cut-off answer) is a passing problem of the
    // way to Stardex; JSON of the wrong shape is Stardex (or something else) answering differently.
    code: unreadable ? CLIENT_ERROR_CODES.unreadableAnswer : null,
    message: `Unexpected answer to ${answer.target}`,
    detail: `${describeHttpDetail(answer.status, answer.statusText, answer.bodyText)}\n\n${why}`,
    cause: parsed.error,
  });
}

function unconfirmedWrite(answer: Answer): StardexError {
  return new StardexError({
    kind: 'invalid-response',
    status: answer.status,
    code: CLIENT_ERROR_CODES.unconfirmedWrite,
    message: `The answer to ${answer.target} neither confirms nor refuses it`,
    detail: `${describeHttpDetail(answer.status, answer.statusText, answer.bodyText)}\n\nNeither "success": true nor "error": null.`,
  });
}
/** Returns the base URL with a trailing slash so relative paths keep any path prefix. */
function parseBaseUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch (error) {
    throw invalidBaseUrl(input, 'not a URL', error);
  }
  const isLocal = LOCAL_HOSTS.has(url.hostname);
  // An API key must never travel in clear text over the internet; plain http is for the local sandbox.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLocal)) {
    throw invalidBaseUrl(input, 'must start with https:// (http:// only for localhost)');
  }
  if (url.username || url.password || url.search || url.hash) {
    throw invalidBaseUrl(input, 'must not contain credentials, a query or a fragment');
  }
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}

function invalidBaseUrl(input: string, reason: string, cause?: unknown): StardexError {
  return new StardexError({
    kind: 'bad-request',
    code: CLIENT_ERROR_CODES.invalidBaseUrl,
    message: `Stardex API address ${reason}`,
    detail: `Stardex API address "${input}" ${reason}`,
    cause,
  });
}

function parseApiKey(input: string): string {
  const key = input.trim();
  if (!key) {
    throw new StardexError({ kind: 'auth', code: CLIENT_ERROR_CODES.missingApiKey, message: 'No API key configured' });
  }
  // fetch() would throw a bare TypeError for such a header value; say what is wrong instead.
  if (/[^\x21-\x7e]/.test(key)) {
    throw new StardexError({
      kind: 'auth',
      code: CLIENT_ERROR_CODES.malformedApiKey,
      message: 'The API key contains spaces or characters that cannot be sent',
    });
  }
  return key;
}

function checkedPersonId(id: string): string {
  if (!UUID_PATTERN.test(id)) {
    throw new StardexError({
      kind: 'bad-request',
      code: CLIENT_ERROR_CODES.invalidPersonId,
      message: `"${id}" is not a Stardex person id (UUID)`,
    });
  }
  return id;
}

function checkedId(id: string, what: 'job' | 'list' | 'company'): string {
  if (!UUID_PATTERN.test(id)) {
    throw new StardexError({ kind: 'bad-request', message: `"${id}" is not a Stardex ${what} id (UUID)` });
  }
  return id;
}

function parseJsonOrUndefined(text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON (a proxy's HTML page, a truncated body): callers classify by status and keep the raw text.
    return undefined;
  }
}

/**
 * With `redirect: 'manual'` a browser hands back an opaque redirect (status 0) and Node the 3xx itself.
 * Either way the configured address is not the API: following would carry the key elsewhere, and
 * retrying gets the same answer, so it is reported at once as what it is.
 */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

function redirectError(response: Response, { method, url }: Pick<TransportContext, 'method' | 'url'>): StardexError {
  const location = response.headers.get('location');
  const where = location ? ` to ${new URL(location, url).origin}` : '';
  return new StardexError({
    kind: 'bad-request',
    status: response.status || null,
    code: CLIENT_ERROR_CODES.redirected,
    message: `The API address redirected ${method} ${url.pathname}${where}`,
    detail: `${method} ${url.origin}${url.pathname}: redirected${where} (HTTP ${response.status || 'opaque redirect'}); not followed`,
  });
}

interface TransportContext {
  method: string;
  url: URL;
  timeoutSignal: AbortSignal;
  timeoutMs: number;
}

function transportError(error: unknown, context: TransportContext): unknown {
  const { method, url, timeoutSignal, timeoutMs } = context;
  const target = `${method} ${url.origin}${url.pathname}`;
  if (timeoutSignal.aborted) {
    return new StardexError({
      kind: 'timeout',
      message: `No answer within ${timeoutMs} ms`,
      detail: `${target}: no complete answer within ${timeoutMs} ms`,
      cause: error,
    });
  }
  const reason = error instanceof Error ? `${error.message}${causeMessage(error.cause)}` : String(error);
  return new StardexError({
    kind: 'network',
    message: 'Network request failed',
    detail: `${target}: ${reason}`,
    cause: error,
  });
}

/** Node's fetch hides the useful part ("ECONNREFUSED", "other side closed") in `cause`. */
function causeMessage(cause: unknown): string {
  return cause instanceof Error ? ` (${cause.message})` : '';
}
