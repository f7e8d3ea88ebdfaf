import { describe, expect, it } from 'vitest';
import { reviewedValuesFromProfile } from '../../../lib/review/review-fields';
import { buildPersonPatch, describeFieldDiffs, type ReviewedValues } from '../../../lib/stardex/change-set';
import type { StardexPerson } from '../../../lib/stardex/schemas';

/** Calla's LinkedIn page (fixture 01) next to her sandbox record. */
const callaPage = reviewedValuesFromProfile({
  url: 'https://www.linkedin.com/in/calla-northallen-2da20053/',
  name: 'Calla Northallen',
  firstName: 'Calla',
  lastName: 'Northallen',
  headline: 'Healthcare AI · Technical Recruiter · Mentor',
  location: 'Pinecrest Hollow, Oregon, United States',
  title: 'Technical Recruiter',
  company: 'Bluefen Insurance',
});

const callaRecord: StardexPerson = {
  id: '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01',
  name: 'Calla Northallen',
  first_name: 'Calla',
  last_name: 'Northallen',
  linkedin_public_id: 'calla-northallen-2da20053',
  linkedin_url: 'https://www.linkedin.com/in/calla-northallen-2da20053/',
  linkedin_headline: null,
  linkedin_location: 'Pinecrest Hollow, Oregon, United States',
  current_job_title: 'Recruiter',
  current_company_name: 'Bluefen Mutual',
  emails: [{ contact_data_type: 'work', value: 'calla.northallen@bluefen-mutual.example' }],
  phones: [{ contact_data_type: 'mobile', value: '+1 503 555 0142' }],
};

const blankPage = reviewedValuesFromProfile({
  url: null,
  name: null,
  firstName: null,
  lastName: null,
  headline: null,
  location: null,
  title: null,
  company: null,
});

describe('buildPersonPatch', () => {
  it.each<[string, Partial<ReviewedValues>, StardexPerson | null, Parameters<typeof buildPersonPatch>[2], object]>([
    [
      'sends only what differs, company as company_name',
      {},
      callaRecord,
      {},
      {
        linkedin_headline: 'Healthcare AI · Technical Recruiter · Mentor',
        current_job_title: 'Technical Recruiter',
        company_name: 'Bluefen Insurance',
      },
    ],
    [
      'onlyFillEmpty keeps only fields the record leaves empty',
      {},
      callaRecord,
      { onlyFillEmpty: true },
      { linkedin_headline: 'Healthcare AI · Technical Recruiter · Mentor' },
    ],
    [
      'enrich adds enrich_record: true',
      { headline: '', title: 'Recruiter', company: 'Bluefen Mutual' },
      callaRecord,
      { enrich: true },
      { enrich_record: true },
    ],
    [
      'a LinkedIn URL spelled differently for the same slug is not a change',
      {
        linkedinUrl: 'https://de.linkedin.com/in/Calla-Northallen-2DA20053?trk=x',
        headline: '',
        title: '',
        company: '',
      },
      callaRecord,
      {},
      {},
    ],
    [
      'another slug is a change',
      { linkedinUrl: 'https://www.linkedin.com/in/calla-northallen-b7731c02/', headline: '', title: '', company: '' },
      callaRecord,
      {},
      { linkedin_url: 'https://www.linkedin.com/in/calla-northallen-b7731c02/' },
    ],
    [
      'the slug is compared with linkedin_public_id when the record has no URL',
      { headline: '', title: '', company: '' },
      { ...callaRecord, linkedin_url: undefined, linkedin_public_id: 'CALLA-NORTHALLEN-2da20053' },
      {},
      {},
    ],
    [
      'values are trimmed, and whitespace-only differences are no change',
      { title: '  Technical   Recruiter ', headline: '', company: '' },
      { ...callaRecord, current_job_title: 'Technical Recruiter' },
      {},
      {},
    ],
    ['empty values are never sent as blanks', { ...blankPage, title: '   ' }, { id: callaRecord.id }, {}, {}],
    [
      'fields the record does not show count as different',
      { headline: '', title: '', company: '', linkedinUrl: '' },
      { id: callaRecord.id },
      {},
      {
        name: 'Calla Northallen',
        first_name: 'Calla',
        last_name: 'Northallen',
        linkedin_location: 'Pinecrest Hollow, Oregon, United States',
      },
    ],
    [
      'no record: every non-empty value',
      { headline: '', location: '', name: '', firstName: '', lastName: '', linkedinUrl: '' },
      null,
      {},
      { current_job_title: 'Technical Recruiter', company_name: 'Bluefen Insurance' },
    ],
  ])('%s', (_name, overrides, person, options, expected) => {
    expect(buildPersonPatch({ ...callaPage, ...overrides }, person, options)).toEqual(expected);
  });

  it('never sends emails or phone_numbers, even when the record has none', () => {
    const patch = buildPersonPatch(callaPage, { id: callaRecord.id, emails: [], phones: [] }, { enrich: true });
    expect(Object.keys(patch)).not.toContain('emails');
    expect(Object.keys(patch)).not.toContain('phone_numbers');
  });
});

describe('describeFieldDiffs', () => {
  it('lists every field with the record value, the page value and whether it changed', () => {
    const diffs = describeFieldDiffs(callaPage, callaRecord);
    expect(diffs.map(({ field }) => field)).toEqual([
      'name',
      'firstName',
      'lastName',
      'headline',
      'location',
      'title',
      'company',
      'linkedinUrl',
    ]);
    expect(diffs.find(({ field }) => field === 'title')).toEqual({
      field: 'title',
      label: 'Job title',
      patchKey: 'current_job_title',
      current: 'Recruiter',
      page: 'Technical Recruiter',
      changed: true,
    });
    expect(diffs.find(({ field }) => field === 'headline')).toMatchObject({ current: null, changed: true });
    expect(diffs.find(({ field }) => field === 'name')).toMatchObject({ changed: false });
  });

  it('shows the profile URL from the public id when Stardex returns no linkedin_url', () => {
    const [urlDiff] = describeFieldDiffs(callaPage, {
      id: 'x',
      linkedin_public_id: 'calla-northallen-2da20053',
    }).filter(({ field }) => field === 'linkedinUrl');
    expect(urlDiff).toMatchObject({
      current: 'https://www.linkedin.com/in/calla-northallen-2da20053/',
      changed: false,
    });
  });

  it('treats an empty page value as unchanged and an empty record value as absent', () => {
    const diffs = describeFieldDiffs(
      { ...blankPage, title: 'CTO' },
      { id: 'x', current_job_title: '  ', name: 'Somebody' },
    );
    expect(diffs.filter(({ changed }) => changed).map(({ field }) => field)).toEqual(['title']);
    expect(diffs.find(({ field }) => field === 'title')?.current).toBeNull();
  });
});
