import { z } from 'zod';
import type { SandboxResponse } from './responses';

/**
 * The success answers Stardex documents in more than one form (docs/stardex-answers.md). The sandbox
 * answers in one of them at a time, so tests can run the extension against each. Error answers are
 * not restyled: faults choose their shape (1, 2 or 3) and status.
 */
export const ANSWER_STYLES = ['v1', 'legacy', 'error-null', 'minimal', 'extra-fields', 'no-body'] as const;
export const answerStyleSchema = z.enum(ANSWER_STYLES);
export type AnswerStyle = z.infer<typeof answerStyleSchema>;

/** The endpoint an answer belongs to, as far as styles treat them differently. */
export type Endpoint = 'list' | 'person' | 'create' | 'update' | 'note' | 'placement' | 'company';

interface SuccessBody {
  success: true;
  data: unknown;
  meta?: unknown;
}

function isSuccessBody(body: unknown): body is SuccessBody {
  return typeof body === 'object' && body !== null && (body as { success?: unknown }).success === true;
}

/** Unknown to the extension, so they must be ignored: a later Stardex may add any of these. */
const EXTRA_PERSON_FIELDS = {
  tags: ['sandbox'],
  custom_fields: [{ attribute_id: 'a0000000-0000-4000-8000-000000000001', value: 'extra' }],
  owner: { id: 'b0000000-0000-4000-8000-000000000002', name: 'Sandbox Owner' },
  created_at: '2026-01-01T00:00:00.000Z',
};

function withExtraFields(endpoint: Endpoint, data: unknown): unknown {
  const person = (value: unknown) =>
    typeof value === 'object' && value !== null ? { ...value, ...EXTRA_PERSON_FIELDS } : value;
  switch (endpoint) {
    case 'list':
      return Array.isArray(data) ? data.map(person) : data;
    case 'person':
    case 'create':
      return person(data);
    case 'update':
      return { ...(data as object), updated_at: '2026-01-01T00:00:00.000Z', changes: { count: 1 } };
    case 'note':
      return { ...(data as object), id: 'c0000000-0000-4000-8000-000000000003', activity_type: 'secondary_note' };
    case 'placement':
    case 'company':
      return { ...(data as object), updated_at: '2026-01-01T00:00:00.000Z' };
  }
}

/** The write answers whose `data` some styles change; `id` is the person's, taken from the request path. */
function writeData(style: 'error-null' | 'minimal', endpoint: Endpoint, data: unknown, personId: string | null) {
  if (endpoint === 'update') return style === 'error-null' ? {} : { id: personId };
  if (endpoint === 'note') return style === 'error-null' ? {} : null;
  return data;
}

/** Re-renders a 2xx `{success: true, data, meta?}` answer in `style`; anything else is returned as is. */
export function styleAnswer(
  style: AnswerStyle,
  endpoint: Endpoint,
  answer: SandboxResponse,
  personId: string | null,
): SandboxResponse {
  if (style === 'v1' || answer.status < 200 || answer.status >= 300 || !isSuccessBody(answer.body)) return answer;
  const { data, meta } = answer.body;
  switch (style) {
    case 'legacy':
      return { ...answer, body: { error: null, data } };
    case 'error-null':
      return {
        ...answer,
        body: {
          error: null,
          success: true,
          data: writeData(style, endpoint, data, personId),
          ...(meta === undefined ? {} : { meta }),
        },
      };
    case 'minimal':
      return { ...answer, body: { success: true, data: writeData(style, endpoint, data, personId) } };
    case 'extra-fields':
      return {
        ...answer,
        body: {
          success: true,
          data: withExtraFields(endpoint, data),
          ...(meta === undefined ? {} : { meta: { ...(meta as object), has_more: false } }),
          request_id: 'req_sandbox',
        },
      };
    case 'no-body':
      return endpoint === 'create' || endpoint === 'update' || endpoint === 'note'
        ? { status: 204, headers: answer.headers }
        : answer;
  }
}
