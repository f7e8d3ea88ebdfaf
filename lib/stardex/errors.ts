import { parseErrorBody, type ParsedErrorBody } from './schemas';

export const STARDEX_ERROR_KINDS = [
  'auth',
  'forbidden',
  'not-found',
  'bad-request',
  'rate-limited',
  'server',
  'network',
  'timeout',
  'invalid-response',
  /** A write Stardex answered 2xx with an unreadable body, and reading the person back did not show it. */
  'not-applied',
] as const;
export type StardexErrorKind = (typeof STARDEX_ERROR_KINDS)[number];

export interface StardexErrorInit {
  kind: StardexErrorKind;
  message: string;
  status?: number | null;
  code?: string | null;
  /** Stardex's own words, when its answer had any (`message` is for logs and may be the client's). */
  stardexSaid?: string | null;
  detail?: string;
  retryAfterSeconds?: number | null;
  /** The fields concerned (a `not-applied` write: those the read-back did not show as sent). */
  fields?: readonly string[];
  cause?: unknown;
}

/** Codes the client itself uses for problems found before anything is sent. */
export const CLIENT_ERROR_CODES = {
  invalidBaseUrl: 'INVALID_BASE_URL',
  missingApiKey: 'MISSING_API_KEY',
  malformedApiKey: 'MALFORMED_API_KEY',
  invalidPersonId: 'INVALID_PERSON_ID',
  /** A 2xx answer to a write whose body neither confirms nor refuses it (empty, HTML, cut off, ...). */
  unconfirmedWrite: 'UNCONFIRMED_WRITE',
  /** A 2xx answer to a read that is empty or not JSON (a proxy's block page): passing, so retried. */
  unreadableAnswer: 'UNREADABLE_ANSWER',
  /** The API address answered with a redirect: a misconfiguration no retry fixes; never followed. */
  redirected: 'REDIRECTED',
} as const;

const DETAIL_BODY_CHARS = 500;

export class StardexError extends Error {
  override readonly name = 'StardexError';
  readonly kind: StardexErrorKind;
  /** HTTP status, or null when no answer arrived (or nothing was sent). */
  readonly status: number | null;
  /** Stardex's error code (shape 1) or one of CLIENT_ERROR_CODES. */
  readonly code: string | null;
  readonly stardexSaid: string | null;
  readonly fields: readonly string[];
  /** Raw material for a "details" disclosure or a bug report: status line + start of the body. */
  readonly detail: string;
  readonly retryAfterSeconds: number | null;

  constructor(init: StardexErrorInit) {
    super(init.message, { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.code = init.code ?? null;
    this.stardexSaid = init.stardexSaid ?? null;
    this.fields = init.fields ?? [];
    this.detail = init.detail ?? init.message;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  /** Worth trying again unchanged: the problem was transport, load, a server fault or a passing unreadable answer. */
  get retryable(): boolean {
    return (
      this.code === CLIENT_ERROR_CODES.unreadableAnswer ||
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.kind === 'rate-limited' ||
      this.kind === 'server' ||
      this.kind === 'not-applied'
    );
  }

  /**
   * Stardex itself said the person does not exist: a 404 whose words name a person not found. Any
   * other 404 (a router's "Cannot GET …", a wrong base path, a proxy, an empty body) says nothing
   * about the person, so nothing may be concluded from it.
   */
  get personNotFound(): boolean {
    return this.kind === 'not-found' && saysPersonNotFound(this.stardexSaid);
  }

  /** Stardex answered 2xx to a write but the body cannot tell whether it was applied. */
  get unconfirmedWrite(): boolean {
    return this.kind === 'invalid-response' && this.code === CLIENT_ERROR_CODES.unconfirmedWrite;
  }
}

/** Stardex's own words for a person that does not exist ("Person with id … not found"), not a router's "Cannot GET …". */
export function saysPersonNotFound(stardexSaid: string | null): boolean {
  const said = stardexSaid ?? '';
  return !/^cannot\s/i.test(said) && /\bperson\b.*\bnot found\b/i.test(said);
}

export interface FailedAnswer {
  status: number;
  statusText: string;
  bodyText: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  body: unknown;
  /** Already merged from `Retry-After` and the 429 body by the caller. */
  retryAfterSeconds: number | null;
}

/**
 * Turns a failed answer into a StardexError: a non-2xx status (any of the three error shapes, empty,
 * or an HTML page), or a 2xx whose body reports a failure (`success: false`, a non-null `error`).
 * Stardex's own words, when the body has any, are kept as `stardexSaid` (and as the message).
 */
export function errorFromFailedAnswer(failure: FailedAnswer): StardexError {
  const parsed = parseErrorBody(failure.body);
  const answeredOk = failure.status >= 200 && failure.status < 300;
  const kind = answeredOk ? kindForReportedFailure(parsed) : kindForStatus(failure.status);
  const fallback = answeredOk ? `no reason given (HTTP ${failure.status})` : `Stardex answered HTTP ${failure.status}`;
  return new StardexError({
    kind,
    status: failure.status,
    code: parsed?.code ?? null,
    message: parsed?.message ?? fallback,
    stardexSaid: parsed?.message ?? null,
    detail: describeHttpDetail(failure.status, failure.statusText, failure.bodyText),
    // HTTP gives Retry-After the same meaning on 503 (and proxies send it on other 5xx) as on 429.
    retryAfterSeconds: kind === 'rate-limited' || kind === 'server' ? failure.retryAfterSeconds : null,
  });
}

export function describeHttpDetail(status: number, statusText: string, bodyText: string): string {
  const statusLine = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
  const body = bodyText.trim();
  if (!body) return `${statusLine} (empty body)`;
  const excerpt = body.length > DETAIL_BODY_CHARS ? `${body.slice(0, DETAIL_BODY_CHARS)}…` : body;
  return `${statusLine}\n${excerpt}`;
}

function kindForStatus(status: number): StardexErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  // 400 and the undocumented rest of 4xx (409, 422, ...): the request itself was refused.
  return 'bad-request';
}

/** The error codes Stardex documents; other codes say nothing the status or message would not. */
const KIND_FOR_CODE: Readonly<Record<string, StardexErrorKind>> = {
  INVALID_API_KEY: 'auth',
  RATE_LIMIT_EXCEEDED: 'rate-limited',
};

/** A 2xx whose body says it failed: the documented code, else shape 3's own status, else a refusal. */
function kindForReportedFailure(parsed: ParsedErrorBody | null): StardexErrorKind {
  const byCode = parsed?.code ? KIND_FOR_CODE[parsed.code] : undefined;
  if (byCode) return byCode;
  if (parsed?.statusCode && parsed.statusCode >= 400 && parsed.statusCode < 600) {
    return kindForStatus(parsed.statusCode);
  }
  return 'bad-request';
}
