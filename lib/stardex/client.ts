import type { z } from 'zod';
import { CLIENT_ERROR_CODES, StardexError, describeHttpDetail, errorFromHttpFailure } from './errors';
import { hasRateLimitInfo, parseRateLimitInfo } from './rate-limit';
import {
  createdPersonEnvelopeSchema,
  personEnvelopeSchema,
  personListEnvelopeSchema,
  updateEnvelopeSchema,
  activityEnvelopeSchema,
} from './schemas';
import type { PersonCreate, PersonPatch, PersonSearch, RateLimitInfo, StardexPerson } from './types';

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

export interface RequestOptions {
  /** Aborting rejects with the signal's own reason (not a StardexError): the caller asked for it. */
  signal?: AbortSignal;
}

export interface StardexClient {
  searchPersons(query: PersonSearch, options?: RequestOptions): Promise<{ persons: StardexPerson[]; total: number }>;
  getPerson(id: string, options?: RequestOptions): Promise<StardexPerson>;
  createPerson(body: PersonCreate, options?: RequestOptions): Promise<StardexPerson>;
  updatePerson(id: string, patch: PersonPatch, options?: RequestOptions): Promise<void>;
  /** A general note (`secondary_note`) on the person, via `POST /v1/person-activities`. */
  addNote(personId: string, content: string, options?: RequestOptions): Promise<void>;
  /** Cheapest authenticated call; resolves when the address and key work. */
  checkConnection(options?: RequestOptions): Promise<void>;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** Throws a StardexError (before anything is sent) when the address or key cannot work. */
export function createStardexClient(options: StardexClientOptions): StardexClient {
  const baseUrl = parseBaseUrl(options.baseUrl);
  const apiKey = parseApiKey(options.apiKey);
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function request<T extends z.ZodType>(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    body: unknown,
    schema: T,
    signal: AbortSignal | undefined,
  ): Promise<z.output<T>> {
    signal?.throwIfAborted();
    await options.beforeRequest?.();
    signal?.throwIfAborted();

    const timeoutSignal = AbortSignal.timeout(timeoutMs);
    const combinedSignal = signal ? AbortSignal.any([signal, timeoutSignal]) : timeoutSignal;
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
        // The key is for the configured address only: a redirect fails instead of taking it (and the body) elsewhere.
        redirect: 'error',
        signal: combinedSignal,
      });
      // Reading the body stays under the same timeout: a server can send headers and then stall.
      bodyText = await response.text();
    } catch (error) {
      throw transportError(error, { method, url, callerSignal: signal, timeoutSignal, timeoutMs });
    }

    const json = parseJsonOrUndefined(bodyText);
    const rateLimit = parseRateLimitInfo(response.headers, json);
    if (hasRateLimitInfo(rateLimit)) options.onRateLimit?.(rateLimit);

    if (!response.ok) {
      throw errorFromHttpFailure({
        status: response.status,
        statusText: response.statusText,
        bodyText,
        body: json,
        retryAfterSeconds: rateLimit.retryAfterSeconds,
      });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new StardexError({
        kind: 'invalid-response',
        status: response.status,
        message: `Unexpected answer to ${method} ${url.pathname}`,
        detail: `${describeHttpDetail(response.status, response.statusText, bodyText)}\n\n${parsed.error.message}`,
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  async function searchPersons(query: PersonSearch, { signal }: RequestOptions = {}) {
    const { data, meta } = await request('POST', 'v1/persons/search', query, personListEnvelopeSchema, signal);
    return { persons: data, total: meta.total };
  }

  return {
    searchPersons,
    async getPerson(id, { signal } = {}) {
      const { data } = await request(
        'GET',
        `v1/persons/${checkedPersonId(id)}`,
        undefined,
        personEnvelopeSchema,
        signal,
      );
      return data;
    },
    async createPerson(body, { signal } = {}) {
      const { data } = await request('POST', 'v1/persons', body, createdPersonEnvelopeSchema, signal);
      return data;
    },
    async updatePerson(id, patch, { signal } = {}) {
      await request('PATCH', `v1/persons/${checkedPersonId(id)}`, patch, updateEnvelopeSchema, signal);
    },
    async addNote(personId, content, { signal } = {}) {
      const body = { activity_type: 'secondary_note', activity_content: content, person_id: checkedPersonId(personId) };
      await request('POST', 'v1/person-activities', body, activityEnvelopeSchema, signal);
    },
    async checkConnection(options) {
      await searchPersons({ limit: 1 }, options);
    },
  };
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

function parseJsonOrUndefined(text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON (a proxy's HTML page, a truncated body): callers classify by status and keep the raw text.
    return undefined;
  }
}

interface TransportContext {
  method: string;
  url: URL;
  callerSignal: AbortSignal | undefined;
  timeoutSignal: AbortSignal;
  timeoutMs: number;
}

function transportError(error: unknown, context: TransportContext): unknown {
  const { method, url, callerSignal, timeoutSignal, timeoutMs } = context;
  if (callerSignal?.aborted) return callerSignal.reason;
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
