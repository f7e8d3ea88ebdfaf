import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RequestOf } from '@/lib/messaging/protocol';
import type { OutboxEntry } from '@/lib/outbox/outbox';
import type { StardexClient } from '@/lib/stardex/client';
import type { PersonPatch, StardexPerson } from '@/lib/stardex/schemas';

/** Fictional people for the third review's tests (issue 22). */
export const CALLA_ID = '0b6f7c1e-3a52-4d0e-9a77-1c2d3e4f5a61';
export const CALLA_SLUG = 'calla-northallen-2da20053';
export const CALLA_URL = `https://www.linkedin.com/in/${CALLA_SLUG}/`;

interface SentRequest {
  method: 'PATCH' | 'NOTE' | 'CREATE' | 'LIST';
  personId: string;
  body: unknown;
}

/**
 * A Stardex that answers every call as a scripted, working Stardex would; a test overrides single
 * methods (`client.x.mockImplementationOnce`) for the faults it is about. `sent` lists the writes.
 */
export function fakeStardex(people: Record<string, string | null> = { [CALLA_ID]: CALLA_SLUG }) {
  const sent: SentRequest[] = [];
  const notes = new Map<string, string[]>();
  const client = {
    getPerson: vi.fn(async (personId: string): Promise<StardexPerson> => ({
      id: personId,
      name: 'Calla Northallen',
      linkedin_public_id: people[personId] ?? null,
    })),
    updatePerson: vi.fn(async (personId: string, patch: PersonPatch) => {
      sent.push({ method: 'PATCH', personId, body: patch });
    }),
    addNote: vi.fn(async (personId: string, note: string) => {
      sent.push({ method: 'NOTE', personId, body: note });
      notes.set(personId, [...(notes.get(personId) ?? []), note]);
    }),
    /** The person's timeline: the notes Stardex holds, as `GET /v1/persons/{id}/activities` lists them. */
    listActivities: vi.fn(async (personId: string) =>
      (notes.get(personId) ?? []).map((content) => ({ activity_type: 'secondary_note', activity_content: content })),
    ),
    addToList: vi.fn(async (listId: string, personIds: string[]) => {
      sent.push({ method: 'LIST', personId: personIds[0]!, body: listId });
      return { added_ids: personIds, already_present_ids: [], failed: [] };
    }),
    /** Finds whoever has a public id (the seeded people and those created since). */
    searchPersons: vi.fn(async () => {
      const persons = Object.entries(people)
        .filter(([, slug]) => slug !== null)
        .map(([id, slug]): StardexPerson => ({ id, name: 'Calla Northallen', linkedin_public_id: slug }));
      return { persons, total: persons.length };
    }),
    createPerson: vi.fn(async (body: { name: string; linkedin_url: string }): Promise<StardexPerson> => {
      sent.push({ method: 'CREATE', personId: CALLA_ID, body });
      people[CALLA_ID] = CALLA_SLUG;
      return { id: CALLA_ID, name: body.name, linkedin_public_id: CALLA_SLUG };
    }),
  };
  return { client, sent, notes, asClient: client as unknown as StardexClient };
}

export function saveRequest(overrides: Partial<RequestOf<'person/save'>> = {}): RequestOf<'person/save'> {
  return {
    type: 'person/save',
    tabId: null,
    personId: CALLA_ID,
    personName: 'Calla Northallen',
    linkedinUrl: CALLA_URL,
    patch: { linkedin_headline: 'Technical Recruiter for healthcare AI teams' },
    note: null,
    ...overrides,
  };
}

export function storedEntry(overrides: Partial<OutboxEntry>): OutboxEntry {
  return {
    id: crypto.randomUUID(),
    personId: CALLA_ID,
    personName: 'Calla Northallen',
    linkedinUrl: CALLA_URL,
    patch: { current_job_title: 'Recruiter' },
    notes: [],
    createdAt: 1,
    updatedAt: 1,
    attempts: 0,
    nextAttemptAt: 1,
    state: 'pending',
    sendingSince: null,
    lastError: null,
    ...overrides,
  };
}

export async function storeOutbox(entries: unknown[]) {
  await fakeBrowser.storage.local.set({ outbox: entries });
}

export async function storedOutbox(): Promise<OutboxEntry[]> {
  return ((await fakeBrowser.storage.local.get('outbox')).outbox ?? []) as OutboxEntry[];
}
