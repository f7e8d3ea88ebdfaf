import { z } from 'zod';
import { publicIdFromLinkedinUrl } from './linkedin-url';
import type { Route, RouteRequest } from './route-helpers';
import { codedError, frameworkError, listPage, ok, type SandboxResponse } from './responses';
import { UUID_PATTERN, parseBody } from './route-helpers';
import { describeIssues, pagingShape } from './validation';

/**
 * A person's activities (notes, LinkedIn messages): the team's types, posting one, and the person's
 * timeline. Stardex documents the requests, not the answers' fields: the sandbox's choices are in
 * ./README.md ("Activities").
 */
const ACTIVITY_TYPES = [
  { activity_type: 'secondary_note', name: 'Note', is_custom: false },
  { activity_type: 'call_note', name: 'Call note', is_custom: false },
  { activity_type: 'meeting_note', name: 'Meeting note', is_custom: false },
  { activity_type: 'linkedin_message', name: 'LinkedIn message', is_custom: false },
  { activity_type: 'linkedin_message_response', name: 'LinkedIn message response', is_custom: false },
  { activity_type: 'reference_check', name: 'Reference check', is_custom: true },
] as const;

const knownType = (type: string) => ACTIVITY_TYPES.some((known) => known.activity_type === type);

/** The documented body names the person one way; the sandbox models `person_id` and `linkedin_url`. */
const activityBodySchema = z
  .strictObject({
    activity_type: z.string().min(1),
    activity_content: z.string().min(1),
    person_id: z.string().uuid().optional(),
    linkedin_url: z.string().min(1).optional(),
  })
  .refine((body) => (body.person_id === undefined) !== (body.linkedin_url === undefined), {
    message: 'name the person by exactly one of person_id or linkedin_url',
  });

/** The search bodies' paging rules, for numbers that arrive as query strings. */
const timelineQuerySchema = z.object({
  offset: z.coerce.number().pipe(pagingShape.offset.unwrap()),
  limit: z.coerce.number().pipe(pagingShape.limit.unwrap()),
});

export const activityRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/v1\/person-activities\/types$/,
    writes: false,
    legacy: false,
    endpoint: 'list',
    handle: () => listPage(ACTIVITY_TYPES, { offset: 0, limit: ACTIVITY_TYPES.length }, (type) => type),
  },
  {
    method: 'POST',
    pattern: /^\/v1\/person-activities$/,
    writes: true,
    legacy: false,
    endpoint: 'note',
    handle: addActivity,
  },
  {
    method: 'GET',
    pattern: /^\/v1\/persons\/([^/]+)\/activities$/,
    writes: false,
    legacy: false,
    endpoint: 'list',
    handle: personTimeline,
  },
];

function addActivity({ body, store }: RouteRequest): SandboxResponse {
  const parsed = parseBody(activityBodySchema, body);
  if (!parsed.ok) return parsed.response;
  const { activity_type, activity_content, person_id, linkedin_url } = parsed.value;
  if (!knownType(activity_type)) return codedError(400, `activity_type: unknown activity type "${activity_type}"`);
  const person = person_id !== undefined ? store.get(person_id) : personByLinkedinUrl(store, linkedin_url!);
  if (!person) return frameworkError(404, `Person ${person_id ?? linkedin_url} not found`);
  const activity = {
    id: crypto.randomUUID(),
    activity_type,
    activity_content,
    created_at: new Date().toISOString(),
  };
  person.activities.push(activity);
  return ok({ message: 'Activity created successfully', id: activity.id });
}

function personByLinkedinUrl(store: RouteRequest['store'], linkedinUrl: string) {
  const publicId = publicIdFromLinkedinUrl(linkedinUrl);
  return publicId === null ? undefined : store.search({ publicId })[0];
}

/** Newest first, as a timeline reads. */
function personTimeline({ params, query, store }: RouteRequest): SandboxResponse {
  const id = params[0] ?? '';
  if (!UUID_PATTERN.test(id)) return frameworkError(400, 'Validation failed (uuid is expected)');
  const person = store.get(id);
  if (!person) return frameworkError(404, `Person with id ${id} not found`);
  const paging = timelineQuerySchema.safeParse({
    offset: query.get('offset') ?? 0,
    limit: query.get('limit') ?? 20,
  });
  if (!paging.success) return codedError(400, describeIssues(paging.error));
  return listPage([...person.activities].reverse(), paging.data, (activity) => activity);
}
