import { randomUUID } from 'node:crypto';
import type { ContactValue } from '../../lib/stardex/schemas';
import { canonicalLinkedinUrl, sameProfile } from './linkedin-url';
import { storedPersonFromSeed, type SeedPerson, type StoredPerson } from './seed';
import type { CreateBody, PatchBody } from './validation';

export interface PersonFilters {
  publicId?: string;
  email?: string;
  phone?: string;
  name?: string;
}

/** In-memory persons, in insertion order (which is also the search order). */
export class PersonStore {
  private persons: StoredPerson[] = [];

  replaceAll(seed: readonly SeedPerson[]): void {
    this.persons = seed.map(storedPersonFromSeed);
  }

  all(): readonly StoredPerson[] {
    return this.persons;
  }

  get(id: string): StoredPerson | undefined {
    return this.persons.find((person) => person.id.toLowerCase() === id.toLowerCase());
  }

  /** Exact lookups; several filters must all hold. */
  search(filters: PersonFilters): StoredPerson[] {
    return this.persons.filter(
      (person) =>
        (filters.publicId === undefined || sameProfile(person.linkedin_public_id, filters.publicId)) &&
        (filters.email === undefined || hasEmail(person, filters.email)) &&
        (filters.phone === undefined || hasPhone(person, filters.phone)) &&
        (filters.name === undefined || normalizeName(person.name) === normalizeName(filters.name)),
    );
  }

  /** True when another person than `exceptId` already has this profile. */
  linkedinTaken(publicId: string, exceptId?: string): boolean {
    return this.persons.some((person) => person.id !== exceptId && sameProfile(person.linkedin_public_id, publicId));
  }

  create(body: CreateBody, publicId: string): StoredPerson {
    const [firstFromName, ...rest] = body.name.split(/\s+/);
    const person = storedPersonFromSeed({
      id: randomUUID(),
      name: body.name,
      first_name: body.first_name ?? firstFromName ?? null,
      last_name: body.last_name ?? (rest.length > 0 ? rest.join(' ') : null),
      linkedin_public_id: publicId,
      linkedin_url: canonicalLinkedinUrl(publicId),
      linkedin_location: body.linkedin_location ?? null,
      current_job_title: body.current_job_title ?? null,
      current_company_name: body.company_name ?? null,
      notes: body.notes ?? null,
      external_source_id: body.external_source_id ?? null,
      emails: [
        ...(body.emails ?? []).map((value) => ({ contact_data_type: null, value })),
        ...typedContacts({ work: body.work_email, personal: body.personal_email }),
      ],
      phones: [
        ...(body.phone_numbers ?? []).map((value) => ({ contact_data_type: null, value })),
        ...typedContacts({ work: body.work_phone, mobile: body.mobile_phone }),
      ],
    });
    this.persons.push(person);
    return person;
  }

  /** `publicId` is the already validated profile of `patch.linkedin_url`, when one was sent. */
  update(person: StoredPerson, patch: PatchBody, publicId: string | null): void {
    const setText = (key: TextKey, value: string | undefined) => {
      // Sandbox decision: an empty string clears the field (which is why the extension never sends blanks).
      if (value !== undefined) person[key] = value.trim() === '' ? null : value;
    };
    if (patch.name !== undefined) person.name = patch.name;
    setText('first_name', patch.first_name);
    setText('last_name', patch.last_name);
    setText('current_job_title', patch.current_job_title);
    setText('current_company_name', patch.company_name);
    setText('linkedin_location', patch.linkedin_location);
    setText('linkedin_headline', patch.linkedin_headline);
    setText('address', patch.address);
    if (publicId !== null) {
      person.linkedin_public_id = publicId;
      person.linkedin_url = canonicalLinkedinUrl(publicId);
    }
    // Documented: the lists REPLACE every existing value.
    if (patch.emails) person.emails = patch.emails.map((contact) => ({ ...contact }));
    if (patch.phone_numbers) person.phones = patch.phone_numbers.map((contact) => ({ ...contact }));
    // The single-value fields set the value of their contact type and leave the others alone.
    person.emails = setContactType(person.emails, 'work', patch.work_email);
    person.emails = setContactType(person.emails, 'personal', patch.personal_email);
    person.phones = setContactType(person.phones, 'mobile', patch.mobile_phone);
    person.phones = setContactType(person.phones, 'work', patch.work_phone);
  }
}

type TextKey =
  | 'first_name'
  | 'last_name'
  | 'current_job_title'
  | 'current_company_name'
  | 'linkedin_location'
  | 'linkedin_headline'
  | 'address';

function setContactType(contacts: ContactValue[], type: string, value: string | undefined): ContactValue[] {
  if (value === undefined) return contacts;
  return [...contacts.filter((contact) => contact.contact_data_type !== type), { contact_data_type: type, value }];
}

function typedContacts(byType: Record<string, string | undefined>): ContactValue[] {
  return Object.entries(byType).flatMap(([type, value]) => (value ? [{ contact_data_type: type, value }] : []));
}

function hasEmail(person: StoredPerson, email: string): boolean {
  return person.emails.some((contact) => contact.value.trim().toLowerCase() === email.trim().toLowerCase());
}

/** `+44 20 7946 0321` and `442079460321` are the same number. */
function hasPhone(person: StoredPerson, phone: string): boolean {
  const digits = (value: string) => value.replace(/\D/g, '');
  return digits(phone) !== '' && person.phones.some((contact) => digits(contact.value) === digits(phone));
}

function normalizeName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The person as `GET /v1/persons/{id}` and search return it; `notes` and `address` are write-only here. */
export function publicPerson(person: StoredPerson) {
  return {
    id: person.id,
    name: person.name,
    first_name: person.first_name,
    last_name: person.last_name,
    linkedin_public_id: person.linkedin_public_id,
    linkedin_url: person.linkedin_url,
    linkedin_headline: person.linkedin_headline,
    linkedin_location: person.linkedin_location,
    current_job_title: person.current_job_title,
    current_company_name: person.current_company_name,
    current_company_id: null,
    external_source_id: person.external_source_id,
    emails: structuredClone(person.emails),
    phones: structuredClone(person.phones),
    work_experience: [],
    education_experience: [],
    certifications: [],
    candidates: structuredClone(person.candidates),
  };
}

/** `POST /v1/persons` answers with a smaller object that says `company_name`. */
export function createdPerson(person: StoredPerson) {
  return {
    id: person.id,
    name: person.name,
    linkedin_public_id: person.linkedin_public_id,
    current_job_title: person.current_job_title,
    company_name: person.current_company_name,
    linkedin_location: person.linkedin_location,
    emails: structuredClone(person.emails),
    phones: structuredClone(person.phones),
    candidate_id: null,
  };
}
