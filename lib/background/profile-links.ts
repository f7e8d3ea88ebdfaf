import { z } from 'zod';
import { defineValidatedItem } from '../storage/validated-item';

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

const linksItem = defineValidatedItem('local:profileLinks', z.record(z.string().max(200), linkSchema), {});

export async function readLink(slug: string): Promise<ProfileLink | null> {
  return (await linksItem.getValue())[slug] ?? null;
}

export async function writeLink(slug: string, link: ProfileLink | null): Promise<void> {
  const all = { ...(await linksItem.getValue()) };
  if (link === null) delete all[slug];
  else all[slug] = link;
  await linksItem.setValue(all);
}
