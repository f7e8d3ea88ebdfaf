import type { z } from 'zod';
import type { CreateOptionalPatchKey, CreateRequiredPatchKey } from '../fields';
import type { contactValueSchema, personPatchBodySchema, personSchema } from './schemas';

/** Shapes the extension relies on, inferred from the runtime checks in ./schemas.ts (built from lib/fields.ts). */
export type ContactValue = z.infer<typeof contactValueSchema>;

export type StardexPerson = z.infer<typeof personSchema>;

/** Body of `PATCH /v1/persons/{id}` as documented. */
export type PersonPatch = z.infer<typeof personPatchBodySchema>;

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
