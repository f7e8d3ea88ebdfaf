/**
 * LinkedIn's "this profile is not available" page, served at the profile's own URL (the member
 * left, blocked the viewer, or the slug never existed). It is told apart from a profile still
 * loading by what it shows: a message and a way back to the feed, but no profile card.
 */
import { cleanText } from './clean-text';
import { findMain, findTopCard } from './page-regions';

/** The message in the UI languages seen; a language missing here is still caught by shape below. */
const UNAVAILABLE_MESSAGES = [
  'profile is not available',
  'profile isn’t available',
  'profile unavailable',
  'page doesn’t exist',
  'page does not exist',
  'profil n’est pas disponible',
  'profil ist nicht verfügbar',
  'seite existiert nicht',
  'perfil no está disponible',
  'perfil não está disponível',
  'profilo non è disponibile',
  'profiel is niet beschikbaar',
  'profil jest niedostępny',
  'profil jest niedostępna',
  'プロフィールは表示できません',
  'このページは存在しません',
  'الملف الشخصي غير متاح',
];

function normalise(text: string): string {
  return text.toLowerCase().replace(/'/g, '’');
}

/** A link back to LinkedIn's home or feed, the only way forward the page offers. */
function linksToFeed(main: Element): boolean {
  return Array.from(main.querySelectorAll('a[href]')).some((link) => {
    try {
      const path = new URL(link.getAttribute('href') ?? '', 'https://www.linkedin.com/').pathname;
      return path === '/' || path.startsWith('/feed');
    } catch {
      return false;
    }
  });
}

/**
 * LinkedIn's "Profile Not Found" page names as its canonical address its public people search
 * (`/public-profile/in/<slug>/`), whatever the UI language; a profile page names itself (`/in/<slug>/`).
 */
function isProfileNotFoundPage(document: Document): boolean {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  try {
    return new URL(canonical, 'https://www.linkedin.com/').pathname.startsWith('/public-profile/');
  } catch {
    return false;
  }
}

/**
 * True on LinkedIn's "Profile Not Found" page, and when the page has no profile card and either says the profile is not available, or shows
 * nothing but a short message with a way back to the feed (no sections, no profile links). An
 * empty `main` is a profile still loading, not an unavailable one.
 */
export function showsUnavailableProfile(document: Document): boolean {
  if (isProfileNotFoundPage(document)) return true;
  const main = findMain(document);
  if (!main || findTopCard(document)) return false;
  const text = normalise(cleanText(main.textContent) ?? '');
  if (text === '') return false;
  if (UNAVAILABLE_MESSAGES.some((message) => text.includes(message))) return true;
  return linksToFeed(main) && !main.querySelector('section, a[href*="/in/"]') && text.length < 500;
}
