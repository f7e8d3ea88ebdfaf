import type { z } from 'zod';
import type { Endpoint } from './answer-styles';
import type { PersonStore } from './person-store';
import type { PlacementStore } from './placement-store';
import { codedError, type SandboxResponse } from './responses';
import { describeIssues } from './validation';

export interface RouteRequest {
  params: string[];
  query: URLSearchParams;
  /** Parsed JSON body; `{}` when none was sent. */
  body: unknown;
  store: PersonStore;
  placements: PlacementStore;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH';
  pattern: RegExp;
  /** Writes are refused (403) for read-only keys. */
  writes: boolean;
  /** Deprecated endpoints answer errors in shape 2. */
  legacy: boolean;
  /** Which kind of success answer it gives, for the answer styles. */
  endpoint: Endpoint;
  handle(request: RouteRequest): SandboxResponse;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type BodyResult<T> = { ok: true; value: T } | { ok: false; response: SandboxResponse };

/** An invalid body is a 400 VALIDATION_ERROR naming each problem. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): BodyResult<z.output<T>> {
  const result = schema.safeParse(body);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, response: codedError(400, describeIssues(result.error)) };
}
