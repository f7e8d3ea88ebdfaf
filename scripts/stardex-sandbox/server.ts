import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { answerStyleSchema, styleAnswer, type AnswerStyle } from './answer-styles';
import { FaultQueue, faultListSchema, type Fault, type FaultInput } from './faults';
import { jobRoutes } from './job-routes';
import { listRoutes } from './list-routes';
import { personRoutes } from './person-routes';
import type { Route } from './route-helpers';
import { PersonStore } from './person-store';
import { PlacementStore, type StoredList } from './placement-store';
import {
  codedError,
  errorInShape,
  frameworkError,
  legacyError,
  proxyErrorPage,
  rateLimitExceeded,
  reasonPhrase,
  type SandboxResponse,
} from './responses';
import { RateWindow, type RateDecision } from './rate-window';
import { defaultSeed, type SeedPerson, type StoredPerson } from './seed';
import { describeIssues } from './validation';

export type { SeedPerson } from './seed';

/** Read-write key of the demo; documented in README.md and printed by the CLI. */
export const DEMO_API_KEY = 'sk_sandbox_demo';
/** Read-only key: searches and reads work, writes get 403 FORBIDDEN. */
export const READ_ONLY_API_KEY = 'sk_sandbox_readonly';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Read-write keys. Default: [DEMO_API_KEY]. */
  apiKeys?: string[];
  /** Read-only keys. Default: [READ_ONLY_API_KEY]. */
  readOnlyApiKeys?: string[];
  seed?: readonly SeedPerson[];
  rateLimitPerMinute?: number;
  /** How success answers are written (answer-styles.ts); `reset()` returns to it. Default 'v1'. */
  answerStyle?: AnswerStyle;
}

export interface LoggedRequest {
  time: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** The header with its credentials cut to the last 4 characters (`Bearer …demo`); null when absent. */
  authorization: string | null;
  /** Parsed JSON; the raw text when it was not JSON; null when empty. */
  body: unknown;
  /** null while pending, and for `hang` / `drop` faults. */
  status: number | null;
}

export interface Sandbox {
  /** e.g. `http://127.0.0.1:8787` (no trailing slash). */
  url: string;
  port: number;
  /** In-process equivalents of the /__sandbox/ endpoints. */
  requests(): LoggedRequest[];
  /** Forgets logged requests, keeping persons, faults and rate-limit windows. */
  clearLog(): void;
  reset(persons?: readonly SeedPerson[]): void;
  addFaults(faults: FaultInput | FaultInput[]): void;
  /** Answers in this documented variant from now on, until the next `reset()`. */
  setAnswerStyle(style: AnswerStyle): void;
  person(id: string): StoredPerson | undefined;
  /** A sourcing list with the persons on it (the seeded jobs and lists: placement-store.ts). */
  list(id: string): StoredList | undefined;
  close(): Promise<void>;
}

/** Larger request bodies are answered 413 and never parsed, kept or logged. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Only `/v1` answers allow other origins: a web page must not drive or read the control endpoints. */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Expose-Headers': 'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After',
  'Access-Control-Max-Age': '600',
};

type Access = 'read-write' | 'read-only';

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const keys = new Map<string, Access>([
    ...(options.apiKeys ?? [DEMO_API_KEY]).map((key) => [key, 'read-write'] as const),
    ...(options.readOnlyApiKeys ?? [READ_ONLY_API_KEY]).map((key) => [key, 'read-only'] as const),
  ]);
  const store = new PersonStore();
  const placements = new PlacementStore();
  const faults = new FaultQueue();
  const rateWindow = new RateWindow(options.rateLimitPerMinute ?? 60);
  let log: LoggedRequest[] = [];
  let answerStyle: AnswerStyle = 'v1';

  function reset(persons: readonly SeedPerson[] = options.seed ?? defaultSeed): void {
    store.replaceAll(persons);
    placements.reset();
    faults.clear();
    answerStyle = options.answerStyle ?? 'v1';
    rateWindow.clear();
    log = [];
  }
  reset();

  function addFaults(input: unknown): void {
    faults.add(faultListSchema.parse(input));
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL, rawBody: string) {
    const entry: LoggedRequest = {
      time: new Date().toISOString(),
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: redactAuthorization(request.headers.authorization),
      body: parseLoggedBody(rawBody),
      status: null,
    };
    log.push(entry);
    const send = (answer: SandboxResponse, rate: RateDecision) => {
      entry.status = answer.status;
      sendJson(response, answer, { ...CORS_HEADERS, ...rateLimitHeaders(rate) });
    };

    // Invalid keys are counted too (per presented token), so every answer carries the headers.
    const token = bearerToken(request.headers.authorization);
    const rate = rateWindow.take(token ?? '(none)', Date.now());
    if (!rate.allowed) return send(rateLimitExceeded(rate.retryAfterSeconds, rate.limit, rate.resetAt), rate);

    const fault = faults.take(entry.method, entry.path);
    if (fault?.kind === 'delay') await sleep(fault.delayMs ?? 1000);
    const answerFor = () => route(entry.method, url, rawBody, token);
    if (!fault || fault.kind === 'delay') return send(answerFor(), rate);

    if (fault.apply) answerFor();
    const status = faultStatus(fault);
    entry.status = status;
    switch (fault.kind) {
      case 'hang':
        return; // The socket stays open until the sandbox closes.
      case 'drop':
        request.socket.destroy();
        return;
      case 'status':
        return send(statusFault(fault, rate.limit), rate);
      case 'malformed-json':
        return sendRaw(response, 200, 'application/json', '{"success":true,"data":{"id":', {
          ...CORS_HEADERS,
          ...rateLimitHeaders(rate),
        });
      case 'html':
        // A proxy in front of Stardex answered: no JSON, no rate-limit headers.
        return sendRaw(response, status ?? 502, 'text/html', proxyErrorPage(status ?? 502), CORS_HEADERS);
      case 'empty':
        return sendRaw(response, status ?? 502, null, '', CORS_HEADERS);
    }
  }

  function route(method: string, url: URL, rawBody: string, token: string | null): SandboxResponse {
    const match = findRoute(method, url.pathname);
    if (!match) return frameworkError(404, `Cannot ${method} ${url.pathname}`);
    const { route, params } = match;
    const access = token === null ? undefined : keys.get(token);
    if (!access) {
      return route.legacy
        ? legacyError(401, 'Invalid API key')
        : codedError(401, 'The provided API key is invalid or expired', 'INVALID_API_KEY');
    }
    if (route.writes && access === 'read-only') {
      return codedError(403, 'This API key does not have permission to modify persons', 'FORBIDDEN');
    }
    let body: unknown = {};
    if (rawBody.trim() !== '') {
      try {
        body = JSON.parse(rawBody) as unknown;
      } catch (error) {
        return frameworkError(400, error instanceof Error ? error.message : 'Body is not valid JSON');
      }
    }
    const answer = route.handle({ params, query: url.searchParams, body, store, placements });
    return styleAnswer(answerStyle, route.endpoint, answer, params[0] ?? null);
  }

  function handleControl(request: IncomingMessage, response: ServerResponse, url: URL, rawBody: string): void {
    const method = request.method ?? 'GET';
    // A web page can POST a "simple" text/plain request to localhost without asking; JSON needs a preflight.
    if ((method === 'POST' || rawBody !== '') && !isJsonContentType(request.headers['content-type'])) {
      return sendJson(response, frameworkError(415, 'Control endpoints accept only Content-Type: application/json'));
    }
    const personMatch = /^\/__sandbox\/persons\/([^/]+)$/.exec(url.pathname);
    try {
      if (method === 'GET' && url.pathname === '/__sandbox/requests')
        return sendJson(response, { status: 200, body: log });
      if (method === 'DELETE' && url.pathname === '/__sandbox/requests') {
        log = [];
        return sendJson(response, { status: 200, body: { ok: true } });
      }
      if (method === 'POST' && url.pathname === '/__sandbox/reset') {
        const body = rawBody.trim() ? resetBodySchema.parse(JSON.parse(rawBody)) : {};
        // Only id and name are checked: a seed is test input, and missing fields get defaults.
        reset(body.persons as SeedPerson[] | undefined);
        return sendJson(response, { status: 200, body: { ok: true } });
      }
      if (method === 'POST' && url.pathname === '/__sandbox/faults') {
        addFaults(JSON.parse(rawBody));
        return sendJson(response, { status: 200, body: { ok: true } });
      }
      if (method === 'POST' && url.pathname === '/__sandbox/answer-style') {
        answerStyle = answerStyleSchema.parse((JSON.parse(rawBody) as { style?: unknown }).style);
        return sendJson(response, { status: 200, body: { ok: true } });
      }
      if (method === 'DELETE' && url.pathname === '/__sandbox/faults') {
        faults.clear();
        return sendJson(response, { status: 200, body: { ok: true } });
      }
      if (method === 'GET' && personMatch?.[1]) {
        const person = store.get(decodeURIComponent(personMatch[1]));
        return sendJson(response, person ? { status: 200, body: person } : frameworkError(404, 'No such person'));
      }
      sendJson(response, frameworkError(404, `Cannot ${method} ${url.pathname}`));
    } catch (error) {
      const message = error instanceof z.ZodError ? describeIssues(error) : String(error);
      sendJson(response, frameworkError(400, message));
    }
  }

  const server = createServer((request, response) => {
    const control = (request.url ?? '').startsWith('/__sandbox/');
    const cors = control ? {} : CORS_HEADERS;
    readBody(request)
      .then(async (rawBody) => {
        const url = new URL(request.url ?? '/', 'http://sandbox.invalid');
        if (request.method === 'OPTIONS') return sendRaw(response, 204, null, '', cors);
        if (rawBody === null) {
          return sendJson(response, frameworkError(413, `Request body larger than ${MAX_BODY_BYTES} bytes`), cors);
        }
        if (!isWellFormedPath(url.pathname)) {
          return sendJson(response, frameworkError(400, 'Malformed percent-encoding in the path'), cors);
        }
        if (control) return handleControl(request, response, url, rawBody);
        return handleApi(request, response, url, rawBody);
      })
      .catch((error: unknown) => {
        // A bug in the sandbox itself: answer like a crashed server instead of hanging the test.
        console.error('stardex-sandbox:', error);
        if (!response.headersSent) sendJson(response, frameworkError(500, 'Internal server error'), cors);
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests: () => structuredClone(log),
    clearLog: () => {
      log = [];
    },
    reset,
    addFaults,
    setAnswerStyle: (style) => {
      answerStyle = answerStyleSchema.parse(style);
    },
    person: (id) => structuredClone(store.get(id)),
    list: (id) => structuredClone(placements.list(id)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Also ends hung requests and idle keep-alive sockets, which would keep close() waiting.
        server.closeAllConnections();
      }),
  };
}

const resetBodySchema = z.object({ persons: z.array(z.looseObject({ id: z.string(), name: z.string() })).optional() });

function findRoute(method: string, path: string): { route: Route; params: string[] } | null {
  for (const route of [...personRoutes, ...jobRoutes, ...listRoutes]) {
    const match = route.method === method ? route.pattern.exec(path) : null;
    if (match) return { route, params: match.slice(1).map(decodeURIComponent) };
  }
  return null;
}

function statusFault(fault: Fault, limit: number): SandboxResponse {
  const status = fault.status ?? 500;
  const shape = fault.shape ?? 1;
  if (status === 429 && shape === 1) {
    const retryAfter = fault.retryAfter ?? 1;
    return rateLimitExceeded(retryAfter, limit, Math.ceil(Date.now() / 1000) + retryAfter);
  }
  const answer = errorInShape(shape, status, fault.message ?? `Injected ${status} ${reasonPhrase(status)}`);
  return fault.retryAfter === undefined ? answer : { ...answer, headers: { 'Retry-After': String(fault.retryAfter) } };
}

/** The status a fault answers with, for the request log; null when it never answers. */
function faultStatus(fault: Fault): number | null {
  switch (fault.kind) {
    case 'hang':
    case 'drop':
      return null;
    case 'malformed-json':
      return 200;
    case 'status':
      return fault.status ?? 500;
    default:
      return fault.status ?? 502;
  }
}

function rateLimitHeaders(rate: RateDecision): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(rate.limit),
    'X-RateLimit-Remaining': String(rate.remaining),
    'X-RateLimit-Reset': String(rate.resetAt),
  };
}

function redactAuthorization(header: string | undefined): string | null {
  if (header === undefined) return null;
  const [, scheme, credentials] = /^(\S+\s+)?(.*)$/s.exec(header.trim()) ?? [];
  return `${scheme ?? ''}…${(credentials ?? '').slice(-4)}`;
}

function isJsonContentType(header: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(header ?? '');
}

/** `decodeURIComponent` would throw on a stray `%` once a route reads its parameters. */
function isWellFormedPath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function bearerToken(header: string | undefined): string | null {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? null;
}

function parseLoggedBody(rawBody: string): unknown {
  if (rawBody.trim() === '') return null;
  try {
    return JSON.parse(rawBody) as unknown;
  } catch {
    return rawBody;
  }
}

/** The body as text; null when it is larger than MAX_BODY_BYTES (the rest is read and dropped, not kept). */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, answer: SandboxResponse, extraHeaders: Record<string, string> = {}) {
  const body = answer.body === undefined ? '' : JSON.stringify(answer.body);
  sendRaw(response, answer.status, 'application/json; charset=utf-8', body, { ...extraHeaders, ...answer.headers });
}

function sendRaw(
  response: ServerResponse,
  status: number,
  contentType: string | null,
  body: string,
  headers: Record<string, string>,
): void {
  response.writeHead(status, {
    ...(contentType ? { 'Content-Type': contentType } : {}),
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  response.end(body);
}
