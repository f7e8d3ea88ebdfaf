import { OutboxFullError, enqueueSave, type OutboxSave } from '../outbox/outbox';
import { OUTBOX_CAPACITY, type OutboxEntry } from '../outbox/schema';
import { enqueueWithPlacement, type PlacementChoice } from '../placements/placement-steps';
import type { PagePerson } from '../persons/page-person';
import type { PlacementStep } from '../placements/placement-schema';
import type { PersonPatch } from '../stardex/schemas';

/**
 * A list run (issue 21): the checked people of a list page added to Stardex, a job, a stage and a
 * list in one go. Every person is their own chain of outbox entries, queued in one change of the
 * outbox before any request, so each is sent exactly once and survives the popup closing and the
 * worker stopping; the list is one batch step that waits for every other entry of the run.
 */

/** The personId of a person the run creates, until the create step has found or made them. */
const NOT_CREATED_PREFIX = 'not-created:';

export type CreateStep = Extract<PlacementStep, { kind: 'create' }>;

export type ListRunPerson =
  | {
      /** In Stardex: only the job and stage steps, plus `update` when the user asked for it. */
      linkedinUrl: string;
      personId: string;
      name: string | null;
      update: PersonPatch;
    }
  | {
      /**
       * A Sales Navigator lead without a public URL, in Stardex as the person the user confirmed for
       * that lead: the job and stage steps only, and delivery checks the confirmation again.
       */
      linkedinUrl: null;
      pagePerson: PagePerson;
      personId: string;
      name: string | null;
      update: Record<string, never>;
    }
  | { linkedinUrl: string; personId: null; name: string; create: CreateStep['person'] };

export interface ListRunChoice {
  job: PlacementChoice['job'];
  list: { id: string; name: string } | null;
}

/** Queues the run; returns the outbox and the ids of each person's entries, in the order of `people`. */
export function enqueueListRun(
  entries: readonly OutboxEntry[],
  run: string,
  people: readonly ListRunPerson[],
  choice: ListRunChoice,
  now: number,
  newId: () => string,
): [OutboxEntry[], string[][]] {
  let next = [...entries];
  const idsPerPerson = people.map((person) => {
    const [queued, ids] =
      person.personId === null
        ? enqueueCreate(next, run, person, choice, now, newId)
        : enqueueWithPlacement(
            next,
            {
              id: newId(),
              personId: person.personId,
              personName: person.name,
              ...identityOf(person),
              patch: person.update,
              notes: [],
              run,
            },
            { job: choice.job, list: null },
            now,
            newId,
          );
    next = queued;
    return ids;
  });
  if (choice.list && people.length > 0) {
    // Everyone of the run, the people to create by their placeholder until their create is through.
    const personIds = people.map((person, at) => person.personId ?? createStepPersonId(idsPerPerson[at]![0]!));
    [next] = enqueueSave(
      next,
      {
        id: newId(),
        personId: `run:${run}`,
        personName: null,
        ...identityOf(people[0]!),
        patch: {},
        notes: [],
        run,
        step: { kind: 'list-batch', list: choice.list, personIds },
      },
      now,
    );
  }
  return [next, idsPerPerson];
}

/** How an entry names its person's LinkedIn identity: the public URL, or the lead the user confirmed. */
function identityOf(person: ListRunPerson): Pick<OutboxSave, 'linkedinUrl' | 'pagePerson'> {
  return 'pagePerson' in person
    ? { linkedinUrl: null, pagePerson: person.pagePerson }
    : { linkedinUrl: person.linkedinUrl };
}

function enqueueCreate(
  entries: readonly OutboxEntry[],
  run: string,
  person: Extract<ListRunPerson, { personId: null }>,
  choice: ListRunChoice,
  now: number,
  newId: () => string,
): [OutboxEntry[], string[]] {
  const createId = newId();
  const placeholder = createStepPersonId(createId);
  const base: OutboxSave = {
    id: createId,
    personId: placeholder,
    personName: person.name,
    linkedinUrl: person.linkedinUrl,
    patch: {},
    notes: [],
    run,
  };
  const job = choice.job && { id: choice.job.id, name: choice.job.name };
  if (entries.length + 2 > OUTBOX_CAPACITY) throw new OutboxFullError();
  let [next] = enqueueSave(entries, { ...base, step: { kind: 'create', person: person.create, job } }, now);
  const ids = [createId];
  if (choice.job?.stage) {
    const stageId = newId();
    [next] = enqueueSave(
      next,
      {
        ...base,
        id: stageId,
        after: createId,
        step: { kind: 'stage', job: job!, stage: choice.job.stage },
      },
      now,
    );
    ids.push(stageId);
  }
  return [next, ids];
}

function createStepPersonId(createEntryId: string): string {
  return `${NOT_CREATED_PREFIX}${createEntryId}`;
}

/** Whether a batch's person id is still a placeholder: that person's create never went through. */
export function isNotCreated(personId: string): boolean {
  return personId.startsWith(NOT_CREATED_PREFIX);
}

/**
 * The create step found or made the person: every entry waiting under the placeholder (the stage
 * step, the run's batch list step) now names the real person.
 */
export function markCreated(
  entries: readonly OutboxEntry[],
  createEntryId: string,
  personId: string,
  personName: string | null,
): OutboxEntry[] {
  const placeholder = createStepPersonId(createEntryId);
  return entries.map((entry) => {
    if (entry.personId === placeholder) return { ...entry, personId, personName: personName ?? entry.personName };
    if (entry.step?.kind === 'list-batch' && entry.step.personIds.includes(placeholder)) {
      const personIds = entry.step.personIds.map((id) => (id === placeholder ? personId : id));
      return { ...entry, step: { ...entry.step, personIds } };
    }
    return entry;
  });
}
