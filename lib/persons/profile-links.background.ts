import { profileSlug } from '../linkedin/profile-url';
import { profileLinksItem, type ProfileLink } from '../storage/items';

/** The links the user made by hand between a LinkedIn profile (slug) and a Stardex person. */
export async function readLink(slug: string): Promise<ProfileLink | null> {
  return (await profileLinksItem.getValue())[slug] ?? null;
}

/** The link made by hand for the profile a URL names; null when there is none or the URL names no profile. */
export async function readLinkOf(linkedinUrl: string): Promise<ProfileLink | null> {
  const slug = profileSlug(linkedinUrl);
  return slug === null ? null : readLink(slug);
}

export async function writeLink(slug: string, link: ProfileLink | null): Promise<void> {
  const all = { ...(await profileLinksItem.getValue()) };
  if (link === null) delete all[slug];
  else all[slug] = link;
  await profileLinksItem.setValue(all);
}
