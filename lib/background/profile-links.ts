import { z } from 'zod';
import { defineValidatedRecord } from '../storage/validated-item';

/**
 * Links the user made by hand between a LinkedIn profile (slug) and a Stardex person, for people
 * Stardex cannot find by LinkedIn URL. Kept in local storage so they survive browser restarts.
 */
const linkSchema = z.object({
  personId: z.string().uuid(),
  personName: z.string().max(300).nullable(),
  linkedAt: z.number().int().nonnegative(),
});
export type ProfileLink = z.infer<typeof linkSchema>;

/** Far more than anyone links by hand; keeps one read cheap. */
const MAX_LINKS = 5_000;
const linksItem = defineValidatedRecord('local:profileLinks', linkSchema, { max: MAX_LINKS, maxKeyLength: 200 });

export async function readLink(slug: string): Promise<ProfileLink | null> {
  return (await linksItem.getValue())[slug] ?? null;
}

export async function writeLink(slug: string, link: ProfileLink | null): Promise<void> {
  const all = { ...(await linksItem.getValue()) };
  if (link === null) delete all[slug];
  else all[slug] = link;
  await linksItem.setValue(all);
}
