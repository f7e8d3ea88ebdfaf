import type { z } from 'zod';
import { codedError, type SandboxResponse } from './responses';
import { describeIssues } from './validation';

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type BodyResult<T> = { ok: true; value: T } | { ok: false; response: SandboxResponse };

/** An invalid body is a 400 VALIDATION_ERROR naming each problem. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): BodyResult<z.output<T>> {
  const result = schema.safeParse(body);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, response: codedError(400, describeIssues(result.error)) };
}
