/** The three documented error shapes, plus the envelopes. */

export interface SandboxResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const SHAPE_1_CODES: Record<number, string> = {
  400: 'VALIDATION_ERROR',
  401: 'INVALID_API_KEY',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  429: 'RATE_LIMIT_EXCEEDED',
  500: 'INTERNAL_SERVER_ERROR',
};

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export const ok = (data: unknown): SandboxResponse => ({ status: 200, body: { success: true, data } });

export function list(items: unknown[], meta: { total: number; offset: number; limit: number }): SandboxResponse {
  return { status: 200, body: { success: true, data: items, meta } };
}

/** One page of a search's hits, each shown by `show`, with the total of all hits. */
export function listPage<T>(
  hits: readonly T[],
  { offset, limit }: { offset: number; limit: number },
  show: (hit: T) => unknown,
): SandboxResponse {
  return list(hits.slice(offset, offset + limit).map(show), { total: hits.length, offset, limit });
}

/** Shape 1: `{success:false, error:{code, message, ...extra}}`. */
export function codedError(
  status: number,
  message: string,
  code = SHAPE_1_CODES[status] ?? 'ERROR',
  extra: Record<string, unknown> = {},
): SandboxResponse {
  return { status, body: { success: false, error: { code, message, ...extra } } };
}

/** The documented 429: `Retry-After` header plus the retry fields in a shape 1 body. */
export function rateLimitExceeded(retryAfterSeconds: number, limit: number, resetAtSeconds: number): SandboxResponse {
  const answer = codedError(429, `Rate limit of ${limit} requests per minute exceeded`, 'RATE_LIMIT_EXCEEDED', {
    retry_after_seconds: retryAfterSeconds,
    limit,
    reset_at: new Date(resetAtSeconds * 1000).toISOString(),
  });
  return { ...answer, headers: { 'Retry-After': String(retryAfterSeconds) } };
}

/** Shape 2, used by the deprecated endpoints. */
export const legacyError = (status: number, error: string): SandboxResponse => ({
  status,
  body: { error, data: null },
});

/** Shape 3, the framework's own answers (unknown route, unparseable body, malformed id). */
export const frameworkError = (status: number, message: string): SandboxResponse => ({
  status,
  body: { message, error: reasonPhrase(status), statusCode: status },
});

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? 'Error';
}

export function errorInShape(shape: 1 | 2 | 3, status: number, message: string): SandboxResponse {
  if (shape === 2) return legacyError(status, message);
  if (shape === 3) return frameworkError(status, message);
  return codedError(status, message);
}

export function proxyErrorPage(status: number): string {
  const title = `${status} ${reasonPhrase(status)}`;
  return `<!DOCTYPE html><html><head><title>${title}</title></head><body><center><h1>${title}</h1></center><hr><center>nginx</center></body></html>`;
}
