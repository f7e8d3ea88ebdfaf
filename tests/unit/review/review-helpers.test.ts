import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT } from '@/lib/drafts/drafts';
import { acceptedPatch, fieldsThatWouldChange } from '@/lib/review/accepted-patch';
import { EMPTY_CONTACTS, contactPatch, contactProblems } from '@/lib/review/contact-fields';
import { draftFromState, stateFromDraft } from '@/lib/review/review-draft';
import { reviewedValuesFromProfile } from '@/lib/review/review-fields';
import type { StardexPerson } from '@/lib/stardex/schemas';

const URL_ = 'https://www.linkedin.com/in/calla-northallen-2da20053/';
const page = reviewedValuesFromProfile({
  url: URL_,
  name: 'Calla Northallen',
  firstName: 'Calla',
  lastName: 'Northallen',
  headline: 'Recruiter',
  location: 'Oregon',
  title: 'Technical Recruiter',
  company: 'Bluefen Insurance',
});
const person: StardexPerson = {
  id: 'p1',
  name: 'Calla Northallen',
  first_name: 'Calla',
  last_name: 'Northallen',
  linkedin_public_id: 'calla-northallen-2da20053',
  linkedin_url: URL_,
  linkedin_headline: 'Recruiter',
  linkedin_location: 'Oregon',
  current_job_title: 'Recruiter',
  current_company_name: '',
  emails: [{ value: 'Calla@Bluefen.example', contact_data_type: 'work' }],
  phones: [{ value: '+1 (415) 555-0100' }],
};

describe('contact fields', () => {
  it('reports a problem only for filled-in, invalid values', () => {
    expect(contactProblems(EMPTY_CONTACTS)).toEqual({});
    expect(
      contactProblems({
        workEmail: 'nope',
        personalEmail: ' ok@example.com ',
        mobilePhone: '12',
        workPhone: '+1 415 555 0100',
        address: 'a'.repeat(501),
      }),
    ).toEqual({
      workEmail: 'Enter an email address like name@company.com.',
      mobilePhone: 'Enter a phone number with 6 to 15 digits, e.g. +1 415 555 0100.',
      address: 'Keep the address under 500 characters.',
    });
  });

  it('sends valid values Stardex does not have yet, as single-value keys, never the lists', () => {
    const patch = contactPatch(
      {
        workEmail: 'calla@bluefen.example',
        personalEmail: ' calla.n@mail.example ',
        mobilePhone: '+1 415 555 0100',
        workPhone: '+1 415 555 0199',
        address: 'nope@',
      },
      person,
    );
    expect(patch).toEqual({
      personal_email: 'calla.n@mail.example',
      work_phone: '+1 415 555 0199',
      address: 'nope@',
    });
    expect(contactPatch({ ...EMPTY_CONTACTS, workEmail: 'bad' }, null)).toEqual({});
    expect(Object.keys(contactPatch({ ...EMPTY_CONTACTS, workEmail: 'calla@bluefen.example' }, null))).toEqual([
      'work_email',
    ]);
  });
});

describe('review draft', () => {
  it('no draft: the page values, empty contacts and note', () => {
    expect(stateFromDraft(page, null)).toEqual({
      values: page,
      contacts: EMPTY_CONTACTS,
      choices: {},
      note: '',
      enrich: false,
    });
  });

  it('a draft lays its values over the page, contacts included, and ignores unknown keys', () => {
    const state = stateFromDraft(page, {
      values: { title: 'Head of Talent', workEmail: 'c@b.example', bogus: 'x' },
      choices: { title: true },
      note: 'Hi',
      enrich: true,
      updatedAt: 1,
    });
    expect(state.values).toEqual({ ...page, title: 'Head of Talent' });
    expect(state.contacts).toEqual({ ...EMPTY_CONTACTS, workEmail: 'c@b.example' });
    expect(state).toMatchObject({ choices: { title: true }, note: 'Hi', enrich: true });
  });

  it('only differences from the page are kept; nothing changed means no draft', () => {
    expect(draftFromState(page, stateFromDraft(page, null), 9)).toBeNull();
    const state = stateFromDraft(page, null);
    state.values.company = 'Other';
    state.contacts.mobilePhone = '+1 415 555 0100';
    expect(draftFromState(page, state, 9)).toEqual({
      ...EMPTY_DRAFT,
      values: { company: 'Other', mobilePhone: '+1 415 555 0100' },
      updatedAt: 9,
    });
    expect(draftFromState(page, { ...stateFromDraft(page, null), note: 'x' }, 9)).toMatchObject({ note: 'x' });
    expect(draftFromState(page, { ...stateFromDraft(page, null), enrich: true }, 9)).toMatchObject({ enrich: true });
  });

  it('round-trips through a draft', () => {
    const state = { ...stateFromDraft(page, null), choices: { headline: false }, note: 'n' };
    state.values = { ...state.values, title: 'CTO' };
    expect(stateFromDraft(page, draftFromState(page, state, 1))).toEqual(state);
  });
});

describe('accepted patch', () => {
  const options = { onlyFillEmpty: false, enrich: false };

  it('fields that would change: those that differ from the record', () => {
    expect([...fieldsThatWouldChange(page, person, options)].sort()).toEqual(['company', 'title']);
    expect(fieldsThatWouldChange(page, person, { ...options, onlyFillEmpty: true })).toEqual(new Set(['company']));
    expect(fieldsThatWouldChange(page, null, options).size).toBe(8);
  });

  it('sends only the differing fields the user kept ticked', () => {
    expect(acceptedPatch(page, person, new Set(['title', 'company', 'name']), options)).toEqual({
      current_job_title: 'Technical Recruiter',
      company_name: 'Bluefen Insurance',
    });
    expect(acceptedPatch(page, person, new Set(['company']), options)).toEqual({ company_name: 'Bluefen Insurance' });
    expect(acceptedPatch(page, person, new Set(), options)).toEqual({});
  });

  it('enrich is asked for only when opted in, whatever is ticked', () => {
    expect(acceptedPatch(page, person, new Set(), { ...options, enrich: true })).toEqual({ enrich_record: true });
  });
});
