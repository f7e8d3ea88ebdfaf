import type { CreateOptionalPatchKey, CreateRequiredPatchKey } from '../fields';

/**
 * Request and header shapes the extension writes itself. The shapes of Stardex's answers and of the PATCH body
 * are inferred beside their runtime checks, in ./schemas.ts (built from lib/fields.ts).
 */

/** Body of `POST /v1/persons` as documented (`name` and `linkedin_url` required). */
export type PersonCreate = Record<CreateRequiredPatchKey, string> &
  Partial<Record<CreateOptionalPatchKey, string>> & {
    enrich_record?: boolean;
    /** Puts the new person on this job. */
    job_id?: string;
  };

export interface PersonSearch {
  linkedin_url?: string;
  email?: string;
  phone?: string;
  name?: string;
  offset?: number;
  limit?: number;
}

export interface RateLimitInfo {
  limit: number | null;
  remaining: number | null;
  /** Unix seconds. */
  resetAt: number | null;
  /** Seconds, from `Retry-After` or the 429 body. */
  retryAfterSeconds: number | null;
}
