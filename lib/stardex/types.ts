import type { Candidacy } from './placements';

/** Shapes the extension relies on; runtime validation lives in ./schemas.ts. */
export interface ContactValue {
  contact_data_type?: string | null;
  value: string;
}

export interface StardexPerson {
  id: string;
  name?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  linkedin_public_id?: string | null;
  linkedin_url?: string | null;
  linkedin_headline?: string | null;
  linkedin_location?: string | null;
  current_job_title?: string | null;
  current_company_name?: string | null;
  emails?: ContactValue[] | null;
  phones?: ContactValue[] | null;
  /** The jobs the person is on, as a read returns them. */
  candidates?: Candidacy[];
}

/** Body of `PATCH /v1/persons/{id}` as documented. */
export interface PersonPatch {
  linkedin_url?: string;
  name?: string;
  first_name?: string;
  last_name?: string;
  current_job_title?: string;
  company_name?: string;
  linkedin_location?: string;
  linkedin_headline?: string;
  address?: string;
  work_email?: string;
  personal_email?: string;
  mobile_phone?: string;
  work_phone?: string;
  emails?: ContactValue[];
  phone_numbers?: ContactValue[];
  enrich_record?: boolean;
}

/** Body of `POST /v1/persons` as documented. */
export interface PersonCreate {
  name: string;
  linkedin_url: string;
  first_name?: string;
  last_name?: string;
  current_job_title?: string;
  linkedin_location?: string;
  company_name?: string;
  work_email?: string;
  personal_email?: string;
  work_phone?: string;
  mobile_phone?: string;
  enrich_record?: boolean;
  /** Puts the new person on this job (issue 13). */
  job_id?: string;
}

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
