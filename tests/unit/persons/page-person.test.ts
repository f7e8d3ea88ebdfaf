import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { identityKey, pagePersonOf } from '@/lib/persons/page-person';
import {
  confirmPagePerson,
  forgetPagePerson,
  matchPagePerson,
  type PagePersonLookup,
} from '@/lib/persons/page-person-match.background';
import { createStardexClient, type StardexClient } from '@/lib/stardex/client';
import { identityLinksItem } from '@/lib/storage/items';
import { DEMO_API_KEY, startSandbox, type Sandbox, type SeedPerson } from '../../../scripts/stardex-sandbox/server';
import { martaAtJodlowa } from '../../e2e/marta';

describe('pagePersonOf: the person a page URL names by its own id', () => {
  it.each([
    [
      'https://www.linkedin.com/sales/lead/ACwAAD7kXq2B9sFhR1,NAME_SEARCH,pQ7x?_ntb=Zm9v',
      { kind: 'sales-navigator-lead', id: 'ACwAAD7kXq2B9sFhR1' },
    ],
    [
      'https://www.linkedin.com/sales/people/ACwAAB1x2y3,NAME_SEARCH',
      { kind: 'sales-navigator-lead', id: 'ACwAAB1x2y3' },
    ],
    [
      'https://www.linkedin.com/talent/hire/338112/discover/recruiterSearch/profile/AEMAAB9kQ2?searchRequestId=1',
      { kind: 'recruiter-candidate', id: 'AEMAAB9kQ2' },
    ],
    [
      'https://www.linkedin.com/in/ACoAAB2cDeFgHiJkLmNoPqRsTuVwXyZ012345/',
      { kind: 'linkedin-member', id: 'ACoAAB2cDeFgHiJkLmNoPqRsTuVwXyZ012345' },
    ],
  ])('%s', (url, expected) => {
    expect(pagePersonOf(url)).toEqual(expected);
  });

  it.each([
    'https://www.linkedin.com/in/calla-northallen-2da20053/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/sales/home',
    'https://example.com/sales/lead/ACwAAD7kXq2B9sFhR1,NAME_SEARCH',
    'https://www.linkedin.com/sales/lead/%3Cscript%3E,NAME_SEARCH',
  ])('names nobody by id: %s', (url) => {
    expect(pagePersonOf(url)).toBeNull();
  });

  it('keys keep the id as spelled (ids are case-sensitive) and the kind apart', () => {
    expect(identityKey({ kind: 'sales-navigator-lead', id: 'AbC' })).not.toBe(
      identityKey({ kind: 'sales-navigator-lead', id: 'abc' }),
    );
    expect(identityKey({ kind: 'sales-navigator-lead', id: 'AbC' })).not.toBe(
      identityKey({ kind: 'recruiter-candidate', id: 'AbC' }),
    );
  });
});

const MARTA_ELSEWHERE: SeedPerson = {
  id: '6c1f8d2e-3b40-4c6d-9e7f-8091a2b3c4d5',
  name: 'Marta Kowalczyk-Brzezińska',
  first_name: 'Marta',
  last_name: 'Kowalczyk-Brzezińska',
  current_job_title: 'Nurse',
  current_company_name: 'Szpital Fikcyjny',
};

const lead: PagePersonLookup = {
  person: { kind: 'sales-navigator-lead', id: 'ACwAAD7kXq2B9sFhR1' },
  name: 'MARTA KOWALCZYK-BRZEZIŃSKA',
  company: 'Jodłowa Energia sp. z o.o.',
};

describe('finding the Stardex person of a page person', () => {
  let sandbox: Sandbox;
  let client: StardexClient;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    client = createStardexClient({ baseUrl: sandbox.url, apiKey: DEMO_API_KEY });
  });
  afterAll(() => sandbox.close());
  beforeEach(() => {
    fakeBrowser.reset();
    sandbox.reset([martaAtJodlowa, MARTA_ELSEWHERE]);
  });

  it('offers the people of that name at the page’s company as candidates, and links nobody', async () => {
    const match = await matchPagePerson(client, lead);
    expect(match).toMatchObject({ status: 'candidates', narrowedByCompany: true });
    expect(match.status === 'candidates' && match.persons.map((person) => person.id)).toEqual([martaAtJodlowa.id]);
    expect(await identityLinksItem.getValue()).toEqual({});
  });

  it('offers every person of that name when none works at the page’s company', async () => {
    const match = await matchPagePerson(client, { ...lead, company: 'Elsewhere Ltd' });
    expect(match).toMatchObject({ status: 'candidates', narrowedByCompany: false });
    expect(match.status === 'candidates' && match.persons).toHaveLength(2);
  });

  it('finds nobody without a name to search by', async () => {
    expect(await matchPagePerson(client, { ...lead, name: null })).toEqual({ status: 'none' });
  });

  it('a confirmed person is remembered for the page’s id, and only for it', async () => {
    await confirmPagePerson(client, lead.person, MARTA_ELSEWHERE.id);
    expect(await matchPagePerson(client, lead)).toMatchObject({
      status: 'linked',
      person: { id: MARTA_ELSEWHERE.id },
    });
    const otherLead = { ...lead, person: { ...lead.person, id: 'ACwAAZZZ' } };
    expect(await matchPagePerson(client, otherLead)).toMatchObject({ status: 'candidates' });
  });

  it('"not this person" forgets the link and offers the candidates again', async () => {
    await confirmPagePerson(client, lead.person, MARTA_ELSEWHERE.id);
    expect(await forgetPagePerson(client, lead)).toMatchObject({ status: 'candidates', narrowedByCompany: true });
    expect(await identityLinksItem.getValue()).toEqual({});
  });

  it('a confirmed person deleted in Stardex: the link is dropped and said so', async () => {
    await confirmPagePerson(client, lead.person, martaAtJodlowa.id);
    sandbox.reset([MARTA_ELSEWHERE]);
    const match = await matchPagePerson(client, lead);
    expect(match).toMatchObject({
      status: 'candidates',
      narrowedByCompany: false,
      removedLink: { personName: martaAtJodlowa.name },
    });
    expect(await identityLinksItem.getValue()).toEqual({});
  });

  it('confirming a person Stardex does not have stores nothing', async () => {
    await expect(confirmPagePerson(client, lead.person, '7d2a9e3f-4c51-4d7e-8f90-a1b2c3d4e5f6')).rejects.toThrow();
    expect(await identityLinksItem.getValue()).toEqual({});
  });
});
