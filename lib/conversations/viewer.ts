import { cleanText } from '../linkedin/clean-text';
import { profileSlug } from '../linkedin/profile-url';

/**
 * The logged-in LinkedIn user, from the page's own account marks: the top bar's photo and link
 * (outside `main`) and the `/me` answer LinkedIn embeds. Never read from the thread, so the viewer
 * is never taken for the other person.
 */
export interface Viewer {
  names: Set<string>;
  /** Comparable `/in/` slugs (public or member id). */
  slugs: Set<string>;
}

const foldName = (name: string) => name.normalize('NFC').toLowerCase();

interface MeEntity {
  firstName?: unknown;
  lastName?: unknown;
  publicIdentifier?: unknown;
}

function embeddedMe(document: Document): MeEntity[] {
  const entities: MeEntity[] = [];
  for (const datalet of Array.from(document.querySelectorAll('code[id^="datalet-"]'))) {
    const request = datalet.textContent ?? '';
    if (!/\/voyager\/api\/me\b/.test(request)) continue;
    const block = document.getElementById(datalet.id.replace(/^datalet-/, ''));
    try {
      const parsed = JSON.parse(block?.textContent ?? '') as { included?: MeEntity[] };
      entities.push(...(parsed.included ?? []));
    } catch {
      // A `/me` block that is not JSON names nobody; the top bar still does.
    }
  }
  return entities;
}

export function readViewer(document: Document): Viewer {
  const names = new Set<string>();
  const slugs = new Set<string>();
  const main = document.querySelector('main');
  const outsideMain = (element: Element) => !main || !main.contains(element);
  const bars = Array.from(document.querySelectorAll('header, nav, #global-nav')).filter(outsideMain);
  for (const bar of bars) {
    for (const photo of Array.from(bar.querySelectorAll('img[alt]'))) {
      const name = cleanText(photo.getAttribute('alt'));
      if (name) names.add(foldName(name));
    }
    for (const link of Array.from(bar.querySelectorAll('a[href*="/in/"]'))) {
      const slug = profileSlug(link.getAttribute('href') ?? '');
      if (slug) slugs.add(slug);
    }
  }
  for (const entity of embeddedMe(document)) {
    const name = cleanText([entity.firstName, entity.lastName].filter((part) => typeof part === 'string').join(' '));
    if (name) names.add(foldName(name));
    if (typeof entity.publicIdentifier === 'string') slugs.add(entity.publicIdentifier.toLowerCase());
  }
  return { names, slugs };
}

/** A sender is the viewer when their link or their name is the viewer's. */
export function isViewer(viewer: Viewer, sender: { name: string | null; href: string | null }): boolean {
  const slug = sender.href ? profileSlug(new URL(sender.href, 'https://www.linkedin.com/')) : null;
  if (slug && viewer.slugs.has(slug)) return true;
  return sender.name !== null && viewer.names.has(foldName(sender.name));
}
