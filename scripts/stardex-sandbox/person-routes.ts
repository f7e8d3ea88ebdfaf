import { addCandidacy, unknownJob } from './job-routes';
import { publicIdFromLinkedinUrl } from './linkedin-url';
import { createdPerson, publicPerson, type PersonFilters } from './person-store';
import { codedError, frameworkError, list, listPage, ok, type SandboxResponse } from './responses';
import { UUID_PATTERN, parseBody, type Route, type RouteRequest } from './route-helpers';
import { activityBodySchema, createBodySchema, patchBodySchema, searchBodySchema } from './validation';

export const personRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: /^\/v1\/persons\/search$/,
    writes: false,
    legacy: false,
    endpoint: 'list',
    handle: searchPersons,
  },
  {
    method: 'GET',
    pattern: /^\/v1\/persons$/,
    writes: false,
    legacy: true,
    endpoint: 'list',
    handle: findByLinkedinUrlDeprecated,
  },
  { method: 'POST', pattern: /^\/v1\/persons$/, writes: true, legacy: false, endpoint: 'create', handle: createPerson },
  {
    method: 'GET',
    pattern: /^\/v1\/persons\/([^/]+)$/,
    writes: false,
    legacy: false,
    endpoint: 'person',
    handle: getPerson,
  },
  {
    method: 'PATCH',
    pattern: /^\/v1\/persons\/([^/]+)$/,
    writes: true,
    legacy: false,
    endpoint: 'update',
    handle: updatePerson,
  },
  {
    method: 'POST',
    pattern: /^\/v1\/person-activities$/,
    writes: true,
    legacy: false,
    endpoint: 'note',
    handle: addActivity,
  },
];

function searchPersons({ body, store }: RouteRequest): SandboxResponse {
  const parsed = parseBody(searchBodySchema, body);
  if (!parsed.ok) return parsed.response;
  const { linkedin_url, email, phone, name, offset, limit } = parsed.value;
  const filters: PersonFilters = { email, phone, name };
  if (linkedin_url !== undefined) {
    const publicId = publicIdFromLinkedinUrl(linkedin_url);
    if (publicId === null) return codedError(400, 'linkedin_url: not a LinkedIn profile URL (…/in/<slug>)');
    filters.publicId = publicId;
  }
  const hits = store.search(filters);
  return listPage(hits, { offset, limit }, publicPerson);
}

/** Deprecated `GET /v1/persons?linkedin_url=`: same result list as search, shape 2 errors. */
function findByLinkedinUrlDeprecated({ query, store }: RouteRequest): SandboxResponse {
  const linkedinUrl = query.get('linkedin_url');
  const publicId = linkedinUrl === null ? null : publicIdFromLinkedinUrl(linkedinUrl);
  if (publicId === null) return { status: 400, body: { error: 'A valid linkedin_url is required', data: null } };
  const hits = store.search({ publicId });
  return list(hits.map(publicPerson), { total: hits.length, offset: 0, limit: hits.length });
}

/** Only the `person_id` form of the documented body is modelled (not linkedin_url / email / full_name). */
function addActivity({ body, store }: RouteRequest): SandboxResponse {
  const parsed = parseBody(activityBodySchema, body);
  if (!parsed.ok) return parsed.response;
  const person = store.get(parsed.value.person_id);
  if (!person) return personNotFound(parsed.value.person_id);
  person.activities.push({
    activity_type: parsed.value.activity_type,
    activity_content: parsed.value.activity_content,
  });
  return ok({ message: 'Activity created successfully' });
}

function getPerson({ params, store }: RouteRequest): SandboxResponse {
  const id = params[0] ?? '';
  if (!UUID_PATTERN.test(id)) return frameworkError(400, 'Validation failed (uuid is expected)');
  const person = store.get(id);
  return person ? ok(publicPerson(person)) : personNotFound(id);
}

function createPerson({ body, store, placements }: RouteRequest): SandboxResponse {
  const parsed = parseBody(createBodySchema, body);
  if (!parsed.ok) return parsed.response;
  const publicId = publicIdFromLinkedinUrl(parsed.value.linkedin_url);
  if (publicId === null) return codedError(400, 'linkedin_url: not a LinkedIn profile URL (…/in/<slug>)');
  if (store.linkedinTaken(publicId)) return duplicateLinkedinUrl();
  const jobProblem = unknownJob(placements, parsed.value.job_id);
  if (jobProblem) return jobProblem;
  const person = store.create(parsed.value, publicId);
  const candidate = parsed.value.job_id ? addCandidacy(store, placements, person.id, parsed.value.job_id) : null;
  return ok({ ...createdPerson(person), candidate_id: candidate?.candidate_id ?? null });
}

function updatePerson({ params, body, store, placements }: RouteRequest): SandboxResponse {
  const id = params[0] ?? '';
  if (!UUID_PATTERN.test(id)) return frameworkError(400, 'Validation failed (uuid is expected)');
  const person = store.get(id);
  if (!person) return personNotFound(id);
  const parsed = parseBody(patchBodySchema, body);
  if (!parsed.ok) return parsed.response;
  let publicId: string | null = null;
  if (parsed.value.linkedin_url !== undefined) {
    publicId = publicIdFromLinkedinUrl(parsed.value.linkedin_url);
    if (publicId === null) return codedError(400, 'linkedin_url: not a LinkedIn profile URL (…/in/<slug>)');
    if (store.linkedinTaken(publicId, person.id)) return duplicateLinkedinUrl();
  }
  const jobProblem = unknownJob(placements, parsed.value.job_id);
  if (jobProblem) return jobProblem;
  store.update(person, parsed.value, publicId);
  if (parsed.value.job_id) addCandidacy(store, placements, person.id, parsed.value.job_id);
  return ok({ message: 'Person updated successfully' });
}

const personNotFound = (id: string) => frameworkError(404, `Person with id ${id} not found`);

/** Undocumented in Stardex; the sandbox refuses like any invalid body (400) rather than inventing a 409. */
const duplicateLinkedinUrl = () =>
  codedError(400, 'A person with this LinkedIn URL already exists', 'DUPLICATE_LINKEDIN_URL');
