import { identityLinksItem, type ProfileLink } from '../storage/items';
import type { StardexClient } from '../stardex/client';
import { StardexError } from '../stardex/errors';
import type { StardexPerson } from '../stardex/schemas';
import { identityKey, type PagePerson } from './page-person';

/** What the page says about the person besides its id: what a Stardex search can use. */
export interface PagePersonLookup {
  person: PagePerson;
  name: string | null;
  company: string | null;
}

/**
 * - `linked`: the Stardex person the user confirmed for this id before;
 * - `candidates`: people Stardex finds by the page's name, those at the page's company when any
 *   are (`narrowedByCompany`), for the user to pick from: none is linked or saved to until then;
 * - `none`: nobody by that name (or no name on the page).
 * `removedLink`: a confirmed link whose person was deleted in Stardex, dropped on this lookup.
 */
export type PagePersonMatch =
  | { status: 'linked'; person: StardexPerson }
  | {
      status: 'candidates';
      persons: StardexPerson[];
      narrowedByCompany: boolean;
      removedLink?: { personName: string | null };
    }
  | { status: 'none'; removedLink?: { personName: string | null } };

async function readPagePersonLink(person: PagePerson): Promise<ProfileLink | null> {
  return (await identityLinksItem.getValue())[identityKey(person)] ?? null;
}

/** The id of the Stardex person the user confirmed for this page person, or null when none is. */
export async function confirmedPersonId(person: PagePerson): Promise<string | null> {
  return (await readPagePersonLink(person))?.personId ?? null;
}

async function writePagePersonLink(person: PagePerson, link: ProfileLink | null): Promise<void> {
  const all = { ...(await identityLinksItem.getValue()) };
  if (link === null) delete all[identityKey(person)];
  else all[identityKey(person)] = link;
  await identityLinksItem.setValue(all);
}

/** Company names compared as a reader would: case, punctuation and a legal-form suffix aside. */
function comparableCompany(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function sameCompany(stardex: string | null | undefined, page: string): boolean {
  if (!stardex) return false;
  const [a, b] = [comparableCompany(stardex), comparableCompany(page)];
  return a !== '' && b !== '' && (a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `));
}

const SEARCH_LIMIT = 10;

/** Stardex's name search, narrowed to the page's company when any hit works there. */
async function candidatesByName(client: StardexClient, name: string | null, company: string | null) {
  const query = name?.trim() ?? '';
  if (query.length < 2) return { persons: [], narrowedByCompany: false };
  const { persons } = await client.searchPersons({ name: query, limit: SEARCH_LIMIT });
  const atCompany = company ? persons.filter((person) => sameCompany(person.current_company_name, company)) : [];
  return atCompany.length > 0 ? { persons: atCompany, narrowedByCompany: true } : { persons, narrowedByCompany: false };
}

/** The confirmed link's person, or null when that person was deleted in Stardex (the link is then dropped). */
async function linkedPerson(client: StardexClient, person: PagePerson, link: ProfileLink) {
  try {
    return await client.getPerson(link.personId);
  } catch (error) {
    if (!(error instanceof StardexError && error.kind === 'not-found')) throw error;
    await writePagePersonLink(person, null);
    return null;
  }
}

/** The Stardex person for a page's person: the link the user confirmed, else candidates by name and company. */
export async function matchPagePerson(client: StardexClient, lookup: PagePersonLookup): Promise<PagePersonMatch> {
  const link = await readPagePersonLink(lookup.person);
  const linked = link && (await linkedPerson(client, lookup.person, link));
  if (linked) return { status: 'linked', person: linked };
  const removedLink = link ? { removedLink: { personName: link.personName } } : {};
  const { persons, narrowedByCompany } = await candidatesByName(client, lookup.name, lookup.company);
  if (persons.length === 0) return { status: 'none', ...removedLink };
  return { status: 'candidates', persons, narrowedByCompany, ...removedLink };
}

/** The user confirmed that the page's person is this Stardex person: remembered for the page's id. */
export async function confirmPagePerson(
  client: StardexClient,
  person: PagePerson,
  personId: string,
): Promise<PagePersonMatch> {
  const stardexPerson = await client.getPerson(personId);
  await writePagePersonLink(person, { personId, personName: stardexPerson.name ?? null, linkedAt: Date.now() });
  return { status: 'linked', person: stardexPerson };
}

/** "Not this person": the link is forgotten and the page's person looked up again. */
export async function forgetPagePerson(client: StardexClient, lookup: PagePersonLookup): Promise<PagePersonMatch> {
  await writePagePersonLink(lookup.person, null);
  return matchPagePerson(client, lookup);
}
