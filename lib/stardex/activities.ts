import { z } from 'zod';

/**
 * A person's activity as `GET /v1/persons/{id}/activities` lists it. Stardex documents the endpoint,
 * not its fields: only the type and the content are read (they decide what is logged already,
 * docs/decisions.md "Logging a LinkedIn conversation"); an entry without them is kept out, not guessed.
 */
const timelineActivitySchema = z.object({
  activity_type: z.string(),
  activity_content: z.string().nullable(),
});
export type TimelineActivity = z.infer<typeof timelineActivitySchema>;

/** A timeline entry of a shape the extension cannot read counts as no activity of ours. */
export const timelineEntrySchema = timelineActivitySchema.nullable().catch(null);
