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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** Stardex may keep content as HTML or fold its whitespace: compared as the text a reader sees. */
function comparable(content: string): string {
  return content
    .replace(/<br\s*\/?>|<\/p>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Two activities are the same when their type and their content as a reader sees it are. */
export const activityKey = (type: string, content: string) => `${type}\n${comparable(content)}`;

/** Whether the timeline holds an activity of this type with this content. */
export function timelineHas(timeline: readonly TimelineActivity[], type: string, content: string): boolean {
  const key = activityKey(type, content);
  return timeline.some(
    (entry) => entry.activity_content !== null && activityKey(entry.activity_type, entry.activity_content) === key,
  );
}
