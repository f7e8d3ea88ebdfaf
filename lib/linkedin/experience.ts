/**
 * The current position from the Experience card (or the `/details/experience/` list).
 *
 * Entries are `profile-component-entity` elements (2024-2025) or `[role="listitem"]`/`li`
 * elements (2026), in one of two shapes:
 * - a single role: first line = title, next line = "Company · Full-time" (or just "Company"),
 *   a date line "Jan 2022 - Present · 2 yrs", maybe a location;
 * - several roles at one company: first line = company, next line = "Full-time · 15 yrs", and the
 *   roles nested as entries of their own, each with a title and a date line.
 */
import { stripEmploymentType, visibleText } from './clean-text';
import { isOngoingDateRange, looksLikeDateRange } from './present-words';
import { textLines } from './text-lines';

const ENTITY = '[data-view-name="profile-component-entity"]';
const LIST_ITEM = '[role="listitem"], li';
/** Long descriptions: never a title, company or date. */
const DESCRIPTION = '[data-testid="expandable-text-box"]';

interface ExperiencePosition {
  title: string | null;
  company: string | null;
  /** True when the role's date range runs to "Present". */
  ongoing: boolean;
}

interface EntryShape {
  /** The entries of one layout family, whose own lines and nested roles are read alike. */
  selector: string;
  ownLines(entry: Element): string[];
  /** What a role nested in a company group can be, most specific first. */
  nested: readonly string[];
}

function nestedIn(element: Element, selector: string): Element | null {
  return element.parentElement?.closest(selector) ?? null;
}

/**
 * 2024-2025: each line is doubled, and the `aria-hidden` copy is the visible one. A role nested in a
 * company group is an entity of its own, or (2026 Ember) a plain list item in the group's list:
 * either way its lines are the role's, not the group's.
 */
const NESTED_IN_ENTITY = `${ENTITY}, li`;
const ENTITY_SHAPE: EntryShape = {
  selector: ENTITY,
  ownLines: (entry) =>
    Array.from(entry.querySelectorAll('span[aria-hidden="true"]'))
      .filter((span) => span.closest(NESTED_IN_ENTITY) === entry)
      .map((span) => visibleText(span))
      .filter((text): text is string => text !== null),
  nested: [ENTITY, 'li'],
};

/** 2026: lines are whatever blocks hold text; nested entries and descriptions are skipped. */
const LIST_ITEM_SHAPE: EntryShape = {
  selector: LIST_ITEM,
  nested: [LIST_ITEM],
  ownLines: (entry) =>
    textLines(entry, (element) => element.matches(LIST_ITEM) || element.matches(DESCRIPTION)).map((line) => line.text),
};

function directEntries(scope: Element, selector: string): Element[] {
  return Array.from(scope.querySelectorAll(selector)).filter((entry) => {
    const parent = nestedIn(entry, selector);
    return parent === null || !scope.contains(parent) ? true : parent === scope;
  });
}

function readRole(lines: string[], groupCompany: string | null): ExperiencePosition {
  const dateLine = lines.find(looksLikeDateRange) ?? null;
  const [title = null, secondLine = null] = lines;
  // In a grouped entry the role's second line is only an employment type ("Full-time").
  const company = groupCompany ?? (secondLine !== dateLine ? stripEmploymentType(secondLine) : null);
  return { title, company, ongoing: dateLine !== null && isOngoingDateRange(dateLine) };
}

/** Nested entries that are roles (they have a date range), not a list of skills or media. */
function nestedRoles(entry: Element, shape: EntryShape): Element[] {
  for (const selector of shape.nested) {
    const roles = directEntries(entry, selector).filter((nested) => shape.ownLines(nested).some(looksLikeDateRange));
    if (roles.length > 0) return roles;
  }
  return [];
}

function readEntry(entry: Element, shape: EntryShape): ExperiencePosition[] {
  const lines = shape.ownLines(entry);
  const roles = nestedRoles(entry, shape);
  if (roles.length === 0) return [readRole(lines, null)];
  const groupCompany = stripEmploymentType(lines[0] ?? null);
  return roles.map((role) => readRole(shape.ownLines(role), groupCompany));
}

export interface ExperienceReading {
  /** How many top-level entries the list shows. */
  entries: number;
  /** The first role dated "Present" (roles of the first entry come before later entries), or null. */
  current: ExperiencePosition | null;
}

/**
 * The role still running. When every role has ended there is no current title or company: the
 * latest past role is not what the person does now.
 */
export function readCurrentPosition(list: Element): ExperienceReading {
  const shape = list.querySelector(ENTITY) ? ENTITY_SHAPE : LIST_ITEM_SHAPE;
  const entries = directEntries(list, shape.selector);
  for (const entry of entries) {
    const current = readEntry(entry, shape).find((role) => role.ongoing && role.title);
    if (current) return { entries: entries.length, current };
  }
  return { entries: entries.length, current: null };
}

/**
 * Whether a section looks like Experience whatever its heading says: entries with a date range
 * and links to companies. Education has date ranges too, but links to schools instead.
 */
export function looksLikeExperience(section: Element): boolean {
  if (!section.querySelector('a[href*="/company/"]') || section.querySelector('a[href*="/school/"]')) return false;
  return directEntries(section, LIST_ITEM).some(
    (entry) =>
      LIST_ITEM_SHAPE.ownLines(entry).some(looksLikeDateRange) || nestedRoles(entry, LIST_ITEM_SHAPE).length > 0,
  );
}
