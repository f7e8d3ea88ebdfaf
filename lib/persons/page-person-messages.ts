import { z } from 'zod';
import { personIdSchema, personSchema } from '../stardex/schemas';
import { personPatchSchema } from '../messaging/person-patch';
import { noteSchema } from '../notes';
import { pagePersonSchema } from './page-person';

/**
 * The review's messages for a person a page names by its own id (lib/persons/page-person.ts), kept
 * in one block that lib/messaging/protocol.ts adds to its request and response tables.
 */
const lookup = {
  person: pagePersonSchema,
  name: z.string().trim().max(300).nullable(),
  company: z.string().trim().max(300).nullable(),
};

export const pagePersonRequestSchemas = [
  z.object({ type: z.literal('page-person/match'), ...lookup }),
  /** Sent only when the user confirmed that this Stardex person is the page's person. */
  z.object({ type: z.literal('page-person/confirm'), person: pagePersonSchema, personId: personIdSchema }),
  z.object({ type: z.literal('page-person/forget'), ...lookup }),
  /**
   * A review saved to the person confirmed for the page's id. The tab it came from is required: the
   * page's id shown there is checked again before anything is queued (lib/persons/save-page-person.background.ts).
   */
  z
    .object({
      type: z.literal('page-person/save'),
      tabId: z.number().int().nonnegative(),
      person: pagePersonSchema,
      personId: personIdSchema,
      personName: z.string().max(300).nullable(),
      patch: personPatchSchema,
      note: noteSchema.nullable(),
    })
    .refine((save) => Object.keys(save.patch).length > 0 || save.note !== null, 'There is nothing to save.'),
] as const;

const removedLinkSchema = z.object({ personName: z.string().nullable() }).optional();

const pagePersonMatchSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('linked'), person: personSchema }),
  z.object({
    status: z.literal('candidates'),
    persons: z.array(personSchema),
    narrowedByCompany: z.boolean(),
    removedLink: removedLinkSchema,
  }),
  z.object({ status: z.literal('none'), removedLink: removedLinkSchema }),
]);
export type PagePersonMatchView = z.infer<typeof pagePersonMatchSchema>;

export const pagePersonResponseSchemas = {
  'page-person/match': pagePersonMatchSchema,
  'page-person/confirm': pagePersonMatchSchema,
  'page-person/forget': pagePersonMatchSchema,
};
