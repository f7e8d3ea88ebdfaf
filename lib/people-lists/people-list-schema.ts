/**
 * The extractor's answer on a list page as the background validates it (lib/messaging/protocol.ts
 * `tabProfileSchema`): it comes from inside LinkedIn's page, so every value is checked.
 */
import { z } from 'zod';
import type { ListPerson, PeopleListLayout, PeopleListReading } from './people-list-types';

const text = z.string().min(1).nullable();

const listPersonSchema = z.object({
  url: text,
  name: text,
  headline: text,
  location: text,
  title: text,
  company: text,
  leadId: text,
}) satisfies z.ZodType<ListPerson>;

const layouts = [
  'people-search',
  'sales-navigator-search',
  'sales-navigator-list',
] as const satisfies readonly PeopleListLayout[];

export const peopleListReadingSchema = z.object({
  kind: z.literal('list'),
  layout: z.enum(layouts),
  people: z.array(listPersonSchema),
  notYetShown: z.number().int().nonnegative(),
}) satisfies z.ZodType<PeopleListReading>;
