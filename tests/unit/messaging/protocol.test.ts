import { describe, expect, it } from 'vitest';
import { requestSchema } from '@/lib/messaging/protocol';
import { MAX_NOTE_LENGTH, noteTooLongMessage } from '@/lib/notes';

const personId = '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01';
const save = {
  type: 'person/save',
  tabId: 3,
  personId,
  personName: 'Calla Northallen',
  linkedinUrl: 'https://www.linkedin.com/in/calla-northallen-2da20053/',
  patch: { current_job_title: 'Technical Recruiter' },
  note: null,
};

describe('requestSchema', () => {
  it('accepts a well-formed save', () => {
    expect(requestSchema.safeParse(save).success).toBe(true);
  });

  it.each([
    ['an unknown message type', { type: 'person/delete', personId }],
    ['a person id that is not a UUID', { ...save, personId: '../../admin' }],
    ['a PATCH key Stardex does not document', { ...save, patch: { salary: '1' } }],
    ['the emails list, which replaces every stored email', { ...save, patch: { emails: [{ value: 'a@b.co' }] } }],
    ['the phone_numbers list', { ...save, patch: { phone_numbers: [{ value: '+1 555 0100' }] } }],
    ['a blank value', { ...save, patch: { name: '   ' } }],
    ['a malformed work email', { ...save, patch: { work_email: 'not-an-email' } }],
    ['an oversized headline', { ...save, patch: { linkedin_headline: 'x'.repeat(501) } }],
    ['nothing to save', { ...save, patch: {}, note: null }],
    ['a negative tab id', { ...save, tabId: -1 }],
    ['a search shorter than two characters', { type: 'person/search', query: 'a' }],
    [
      'a create without a name',
      { type: 'person/create', tabId: 1, linkedinUrl: save.linkedinUrl, person: { name: '' } },
    ],
    [
      'a create with a field create does not take',
      { type: 'person/create', tabId: 1, linkedinUrl: save.linkedinUrl, person: { name: 'A', emails: [] } },
    ],
  ])('refuses %s', (_why, request) => {
    expect(requestSchema.safeParse(request).success).toBe(false);
  });

  it(`takes a note up to ${MAX_NOTE_LENGTH} characters, the one note limit, and refuses a longer one by its length`, () => {
    expect(requestSchema.safeParse({ ...save, note: 'n'.repeat(MAX_NOTE_LENGTH) }).success).toBe(true);
    const tooLong = requestSchema.safeParse({ ...save, note: 'n'.repeat(MAX_NOTE_LENGTH + 1) });
    expect(tooLong.error?.issues[0]?.message).toBe(noteTooLongMessage(MAX_NOTE_LENGTH + 1));
  });

  it('accepts a note-only save', () => {
    expect(requestSchema.safeParse({ ...save, patch: {}, note: 'Met at the conference' }).success).toBe(true);
  });
});
