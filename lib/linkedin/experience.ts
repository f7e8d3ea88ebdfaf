/**
 * The current position from the Experience card (or the `/details/experience/` list).
 *
 * Each entry is a `profile-component-entity` in one of two shapes:
 * - a single role: bold line = title, next line = "Company · Full-time" (or just "Company"),
 *   caption = "Jan 2022 - Present · 2 yrs";
 * - several roles at one company: bold line = company, next line = "Full-time · 15 yrs", and the
 *   roles nested as `profile-component-entity` elements of their own.
 */
import { stripEmploymentType, visibleText } from './clean-text';
import { isOngoingDateRange, looksLikeDateRange } from './present-words';

const ENTITY = '[data-view-name="profile-component-entity"]';

export interface ExperiencePosition {
  title: string | null;
  company: string | null;
  /** True when the role's date range runs to "Present". */
  ongoing: boolean;
}

/** The entity's own text lines in order, excluding nested roles and hidden screen-reader copies. */
function ownLines(entity: Element): { lines: string[]; dateLine: string | null } {
  const lines: string[] = [];
  let dateLine: string | null = null;
  for (const span of Array.from(entity.querySelectorAll('span[aria-hidden="true"]'))) {
    if (span.parentElement?.closest(ENTITY) !== entity) continue;
    const text = visibleText(span);
    if (!text) continue;
    if (dateLine === null && (span.classList.contains('pvs-entity__caption-wrapper') || looksLikeDateRange(text))) {
      dateLine = text;
    }
    lines.push(text);
  }
  return { lines, dateLine };
}

function nestedRoles(entity: Element): Element[] {
  return Array.from(entity.querySelectorAll(ENTITY)).filter(
    (nested) => nested.parentElement?.closest(ENTITY) === entity,
  );
}

function readRole(role: Element, groupCompany: string | null): ExperiencePosition {
  const { lines, dateLine } = ownLines(role);
  const [title = null, secondLine = null] = lines;
  // In a grouped entry the role's second line is only an employment type ("Full-time").
  const company = groupCompany ?? (secondLine !== dateLine ? stripEmploymentType(secondLine) : null);
  return { title, company, ongoing: dateLine !== null && isOngoingDateRange(dateLine) };
}

function readEntry(entry: Element): ExperiencePosition[] {
  const roles = nestedRoles(entry);
  if (roles.length === 0) return [readRole(entry, null)];
  const groupCompany = ownLines(entry).lines[0] ?? null;
  return roles.map((role) => readRole(role, groupCompany));
}

function topLevelEntries(list: Element): Element[] {
  return Array.from(list.querySelectorAll(ENTITY)).filter((entity) => !entity.parentElement?.closest(ENTITY));
}

/**
 * The first role dated "Present" (roles of the first entry come before later entries), else the
 * first role listed; null when the list has no entries.
 */
export function readCurrentPosition(list: Element): ExperiencePosition | null {
  const entries = topLevelEntries(list);
  let firstRole: ExperiencePosition | null = null;
  for (const entry of entries) {
    const roles = readEntry(entry);
    firstRole ??= roles[0] ?? null;
    const current = roles.find((role) => role.ongoing && role.title);
    if (current) return current;
  }
  return firstRole;
}
