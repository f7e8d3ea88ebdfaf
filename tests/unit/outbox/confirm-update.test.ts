import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compareSentFields, updateAndConfirm } from '../../../lib/outbox/confirm-update.background';
import { createStardexClient } from '../../../lib/stardex/client';
import { toFailure } from '../../../lib/to-failure.background';
import { queuedSaveWords } from '../../../lib/ui-words/failures';
import type { StardexPerson } from '../../../lib/stardex/schemas';
import { DEMO_API_KEY, startSandbox, type Sandbox } from '../../../scripts/stardex-sandbox/server';
import { stardexError } from '../stardex/stardex-error';

/** Rows R1-R4 of docs/stardex-answers.md: a 2xx PATCH answer that cannot be read. */

const CALLA_ID = '3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c3d9e01';
const PATCH = { current_job_title: 'Technical Recruiter', linkedin_headline: 'Technical Recruiter for healthcare AI' };
const PERSON_PATH = `/v1/persons/${CALLA_ID}`;

describe('compareSentFields', () => {
  const person: StardexPerson = {
    id: CALLA_ID,
    name: 'Calla Northallen',
    current_job_title: 'Technical  Recruiter',
    current_company_name: 'Bluefen Insurance',
    linkedin_public_id: 'Calla-Northallen-2da20053',
    linkedin_headline: null,
    emails: [{ contact_data_type: 'work', value: 'Calla@Bluefen.example' }],
    phones: [{ contact_data_type: 'mobile', value: '+1 (415) 555-0100' }],
  };

  it('compares each sent field the way Stardex stores it', () => {
    expect(
      compareSentFields(
        {
          current_job_title: 'Technical Recruiter',
          company_name: 'Bluefen Insurance',
          linkedin_url: 'https://www.linkedin.com/in/calla-northallen-2da20053/',
          work_email: 'calla@bluefen.example',
          mobile_phone: '+14155550100',
          linkedin_headline: 'Recruiter',
          linkedin_location: 'Pinecrest Hollow',
          address: '1 Main St',
          enrich_record: true,
        },
        person,
      ),
    ).toEqual({
      shown: ['current_job_title', 'company_name', 'linkedin_url', 'work_email', 'mobile_phone'],
      // null is "returned, and empty"; an absent key is "not returned".
      differing: ['linkedin_headline'],
      unverifiable: ['linkedin_location', 'address'],
    });
  });

  it('a list sent with replace semantics must come back as exactly that list', () => {
    expect(compareSentFields({ emails: [{ value: 'calla@bluefen.example' }] }, person).shown).toEqual(['emails']);
    expect(compareSentFields({ phone_numbers: [] }, person).differing).toEqual(['phone_numbers']);
  });
});

describe('updateAndConfirm against the sandbox', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(() => sandbox.close());
  beforeEach(() => sandbox.reset());
  const client = () => createStardexClient({ baseUrl: sandbox.url, apiKey: DEMO_API_KEY });
  const requests = () => sandbox.requests().map((r) => `${r.method} ${r.path} ${r.status}`);

  it('a readable answer confirms by itself: no read-back', async () => {
    await expect(updateAndConfirm(client(), CALLA_ID, PATCH)).resolves.toEqual({ by: 'answer' });
    expect(requests()).toEqual([`PATCH ${PERSON_PATH} 200`]);
  });

  it.each([
    ['cut-off JSON', { kind: 'malformed-json' as const, status: undefined }],
    ['an HTML page with 200', { kind: 'html' as const, status: 200 }],
    ['204 without a body', { kind: 'empty' as const, status: 204 }],
  ])('R1 %s, PATCH applied: done, confirmed by reading the person back', async (_name, fault) => {
    sandbox.addFaults({ method: 'PATCH', path: PERSON_PATH, apply: true, ...fault });
    const confirmation = await updateAndConfirm(client(), CALLA_ID, PATCH);
    expect(confirmation).toMatchObject({
      by: 'read-back',
      readBack: { shown: ['current_job_title', 'linkedin_headline'], differing: [], unverifiable: [] },
    });
    expect(requests()).toEqual([`PATCH ${PERSON_PATH} ${fault.status ?? 200}`, `GET ${PERSON_PATH} 200`]);
    const notice =
      "Stardex's answer could not be read, so the person was read back: it shows current_job_title, linkedin_headline as sent.";
    expect(confirmation).toMatchObject({ notice });
  });

  it('R2 PATCH not applied: a retryable "not-applied" error that says so', async () => {
    sandbox.addFaults({ method: 'PATCH', path: PERSON_PATH, kind: 'malformed-json' });
    const error = await stardexError(updateAndConfirm(client(), CALLA_ID, PATCH));
    expect(error).toMatchObject({ kind: 'not-applied', retryable: true, status: 200 });
    expect(queuedSaveWords({ state: 'pending', lastError: toFailure(error), retryInSeconds: 5 })).toBe(
      "Stardex's answer could not be read and the person does not show the change: retrying in 5 s",
    );
    expect(error.fields).toEqual(['current_job_title', 'linkedin_headline']);
    expect(error.detail).toContain('shown differently: current_job_title, linkedin_headline');
    expect(sandbox.person(CALLA_ID)?.current_job_title).toBe('Recruiter');
  });

  it('R3 nothing sent can be read back (address): done, and the user is asked to check', async () => {
    sandbox.addFaults({ method: 'PATCH', path: PERSON_PATH, kind: 'empty', status: 200, apply: true });
    const confirmation = await updateAndConfirm(client(), CALLA_ID, { address: '1 Harbour Row' });
    expect(confirmation).toMatchObject({
      by: 'read-back',
      notice: "Stardex's answer could not be read, so the person was read back: check address in Stardex.",
    });
  });

  it('R4 the read-back fails: that failure, so a retryable one sends the PATCH again', async () => {
    sandbox.addFaults([
      { method: 'PATCH', path: PERSON_PATH, kind: 'malformed-json', apply: true },
      { method: 'GET', path: PERSON_PATH, kind: 'status', status: 503 },
    ]);
    const error = await updateAndConfirm(client(), CALLA_ID, PATCH).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ kind: 'server', status: 503, retryable: true });
  });

  it('a refusal in the body of a 200 is a failure, not read back', async () => {
    sandbox.addFaults({ method: 'PATCH', path: PERSON_PATH, kind: 'status', status: 200, shape: 2, message: 'Locked' });
    const error = await updateAndConfirm(client(), CALLA_ID, PATCH).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ kind: 'bad-request', message: 'Locked' });
    expect(requests()).toEqual([`PATCH ${PERSON_PATH} 200`]);
  });
});
