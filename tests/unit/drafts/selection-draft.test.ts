import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, draftSchema, type Draft } from '@/lib/drafts/drafts';
import type { SelectionTarget } from '@/lib/drafts/selection-draft';
import { addSelectionToDraft, selectionLabel } from '@/lib/drafts/selection-draft';
import { MAX_NOTE_LENGTH } from '@/lib/notes';

const NOW = 1_700_000_000_000;
const existing: Draft = {
  values: { headline: 'Edited headline', workEmail: 'old@example.com' },
  choices: { location: false },
  note: 'Met at the meetup.',
  enrich: true,
  updatedAt: 5,
};

function added(target: SelectionTarget, text: string, draft: Draft | null = null) {
  const result = addSelectionToDraft(draft, target, text, NOW);
  if (!result.ok) throw new Error(`expected ${target} to accept ${JSON.stringify(text)}: ${result.message}`);
  expect(draftSchema.safeParse(result.draft).success).toBe(true);
  return result;
}

describe('addSelectionToDraft: contact values', () => {
  it.each([
    ['workEmail', ' jane.doe@example.com ', 'jane.doe@example.com'],
    ['personalEmail', 'jane+jobs@mail.example.org', 'jane+jobs@mail.example.org'],
    ['workEmail', '\u200Bjane.doe@example.com\u200E', 'jane.doe@example.com'],
    ['workEmail', '\uFEFFjane.doe@example.com\n', 'jane.doe@example.com'],
    ['mobilePhone', '+1 (415) 555-0100', '+1 (415) 555-0100'],
    ['mobilePhone', '\u202A+44 20 7946 0958\u202C', '+44 20 7946 0958'],
    ['workPhone', '  030\u00A012345678 ', '030 12345678'],
    ['workPhone', '+49 30\n1234 5678', '+49 30 1234 5678'],
  ] as const)('%s accepts %j as %j', (target, text, value) => {
    const result = added(target, text);
    expect(result.value).toBe(value);
    expect(result.draft).toEqual({ ...EMPTY_DRAFT, values: { [target]: value }, updatedAt: NOW });
  });

  it.each([
    ['workEmail', 'not an email', 'Nothing was added as work email: Enter an email address like name@company.com.'],
    [
      'personalEmail',
      'jane.doe@',
      'Nothing was added as personal email: Enter an email address like name@company.com.',
    ],
    ['workEmail', 'Jane Doe <jane@example.com>', 'Nothing was added as work email: Enter an email address'],
    ['mobilePhone', 'call me maybe', 'Nothing was added as mobile phone: Enter a phone number with 6 to 15 digits'],
    ['mobilePhone', '12345', 'Nothing was added as mobile phone: Enter a phone number with 6 to 15 digits'],
    ['workPhone', '+1 415 555 0100 ext 12', 'Nothing was added as work phone: Enter a phone number'],
    ['workPhone', '1234567890123456', 'Nothing was added as work phone: Enter a phone number'],
    ['workEmail', '   \u200B\n ', 'Nothing was added: the selection is empty.'],
    ['note', '', 'Nothing was added: the selection is empty.'],
    ['title', 'x'.repeat(501), 'Nothing was added: the selection is too long for a job title.'],
    ['address', 'x'.repeat(501), 'Nothing was added as address: Keep the address under 500 characters.'],
  ] as const)('%s refuses %j with a clear message and leaves the draft alone', (target, text, message) => {
    const before = structuredClone(existing);
    const result = addSelectionToDraft(existing, target, text, NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
    expect(existing).toEqual(before);
  });

  it('replaces an earlier contact value and keeps the rest of the draft, without touching choices', () => {
    const result = added('workEmail', 'jane.doe@example.com', existing);
    expect(result.draft).toEqual({
      ...existing,
      values: { headline: 'Edited headline', workEmail: 'jane.doe@example.com' },
      updatedAt: NOW,
    });
    expect(existing.values.workEmail).toBe('old@example.com');
  });

  it('keeps the lines of an address but folds spaces and drops blank-line runs', () => {
    const result = added('address', '  1 Harbour Street\u200B  \n\n\n\nPinecrest   Hollow  ');
    expect(result.value).toBe('1 Harbour Street\n\nPinecrest Hollow');
  });
});

describe('addSelectionToDraft: profile values and notes', () => {
  it.each([
    ['title', '  Head of\n  Talent ', 'Head of Talent'],
    ['company', '\u200FBluefen\u00A0Insurance\u200F', 'Bluefen Insurance'],
    ['headline', 'Recruiter\t·\tMentor', 'Recruiter · Mentor'],
  ] as const)('%s: sets the value and ticks "Update in Stardex" for it', (target, text, value) => {
    const result = added(target, text, existing);
    expect(result.value).toBe(value);
    expect(result.draft.values[target]).toBe(value);
    expect(result.draft.choices).toEqual({ location: false, [target]: true });
    expect(result.draft.note).toBe(existing.note);
    expect(result.draft.enrich).toBe(true);
    expect(result.draft.updatedAt).toBe(NOW);
  });

  it('a ticked-off choice is ticked again when the user adds a value for that field', () => {
    const result = added('title', 'CTO', { ...EMPTY_DRAFT, choices: { title: false } });
    expect(result.draft.choices).toEqual({ title: true });
  });

  it('keeps emoji joined by zero-width joiners in a headline, as the page reader does', () => {
    expect(added('headline', '👩‍💻 Engineer\u200B').value).toBe('👩‍💻 Engineer');
  });

  it('starts a note, then appends further selections after a blank line', () => {
    const first = added('note', '  Open to\u200B relocation  ');
    expect(first.draft).toEqual({ ...EMPTY_DRAFT, note: 'Open to relocation', updatedAt: NOW });
    const second = added('note', 'Speaks   Dutch\nand German', first.draft);
    expect(second.draft.note).toBe('Open to relocation\n\nSpeaks Dutch\nand German');
    expect(added('note', 'More.', existing).draft).toEqual({
      ...existing,
      note: 'Met at the meetup.\n\nMore.',
      updatedAt: NOW,
    });
  });

  it('keeps a long note selection up to the one note limit', () => {
    const long = 'Worked on the pharmacy rollout. '.repeat(200).trim();
    expect(long.length).toBeGreaterThan(2_000);
    expect(added('note', long).draft.note).toBe(long);
  });

  it('refuses, with a message, a note selection that would make the note longer than the limit', () => {
    const nearlyFull = { ...existing, note: 'n'.repeat(MAX_NOTE_LENGTH - 10) };
    const result = addSelectionToDraft(nearlyFull, 'note', 'A sentence of twenty+ characters.', NOW);
    expect(result).toEqual({
      ok: false,
      message: `Nothing was added: the note would be ${MAX_NOTE_LENGTH - 10 + 2 + 33} characters long; at most ${MAX_NOTE_LENGTH} fit in one note. Save the note in the review first, then add more.`,
    });
  });

  it('names each target in lower case for messages', () => {
    expect(selectionLabel('workEmail')).toBe('work email');
    expect(selectionLabel('title')).toBe('job title');
  });
});
