/**
 * The parts of a profile page every reader scopes its queries to. Everything is looked up inside
 * `main`: the sticky header above it repeats the name and headline, and the aside ("More profiles
 * for you") uses the same entity markup as the Experience card.
 */

export function findMain(document: Document): Element | null {
  return document.querySelector('main');
}

/**
 * The top card: `section[data-member-id]` when signed in, `.top-card-layout` on the logged-out
 * public profile; for layouts not seen yet, the section around the name heading inside `main`.
 */
export function findTopCard(document: Document): Element | null {
  const main = findMain(document);
  if (!main) return null;
  return (
    main.querySelector('section[data-member-id]') ??
    main.querySelector('.top-card-layout') ??
    main.querySelector('section h1')?.closest('section') ??
    null
  );
}

/** The Experience card of the main profile page: the card holding the `#experience` anchor. */
export function findExperienceCard(document: Document): Element | null {
  return findMain(document)?.querySelector('#experience')?.closest('section') ?? null;
}

/**
 * The list on `/in/<slug>/details/experience/`: the page's only card, without the
 * `#experience` anchor of the main profile page.
 */
export function findExperienceDetailsList(document: Document): Element | null {
  return findMain(document)?.querySelector('section') ?? null;
}

/** The card's heading as displayed ("Experience", "Berufserfahrung", "Expérience"). */
export function cardHeading(card: Element | null): Element | null {
  return card?.querySelector('h2') ?? null;
}
