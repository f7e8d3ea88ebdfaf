import { z } from 'zod';
import { codedError, frameworkError, listPage, ok } from './responses';
import { UUID_PATTERN, parseBody, type Route } from './route-helpers';
import { keywordsSchema, pagingShape } from './validation';

const listSearchBodySchema = z.looseObject({
  keywords: keywordsSchema,
  ...pagingShape,
});

/** `company_ids` is documented too; the sandbox's lists hold persons only. */
const listItemsBodySchema = z.strictObject({
  person_ids: z
    .array(z.string({ error: 'person_ids[] must be strings' }), { error: 'person_ids is required' })
    .min(1, { error: 'person_ids must not be empty' })
    .max(100, { error: 'at most 100 person_ids at a time' }),
});

export const listRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: /^\/v1\/lists\/search$/,
    writes: false,
    legacy: false,
    endpoint: 'list',
    handle({ body, placements }) {
      const parsed = parseBody(listSearchBodySchema, body);
      if (!parsed.ok) return parsed.response;
      const { keywords, offset, limit } = parsed.value;
      const hits = placements.searchLists(keywords);
      return listPage(hits, { offset, limit }, ({ person_ids, ...rest }) => ({
        ...rest,
        item_count: person_ids.length,
      }));
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/lists\/([^/]+)\/items$/,
    writes: true,
    legacy: false,
    endpoint: 'placement',
    handle({ params, body, store, placements }) {
      const id = params[0] ?? '';
      if (!UUID_PATTERN.test(id)) return frameworkError(400, 'Validation failed (uuid is expected)');
      const target = placements.list(id);
      if (!target) return codedError(404, `List with id ${id} not found`, 'NOT_FOUND');
      const parsed = parseBody(listItemsBodySchema, body);
      if (!parsed.ok) return parsed.response;
      const answer = { added_ids: [] as string[], already_present_ids: [] as string[], failed: [] as object[] };
      for (const personId of parsed.value.person_ids) {
        if (target.person_ids.includes(personId)) answer.already_present_ids.push(personId);
        else if (!store.get(personId)) answer.failed.push({ id: personId, reason: 'Person not found' });
        else {
          target.person_ids.push(personId);
          answer.added_ids.push(personId);
        }
      }
      return ok(answer);
    },
  },
];
