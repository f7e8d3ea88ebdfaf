/**
 * The Person described in JSON-LD on logged-out public profiles: an `@graph` holding a `Person`
 * and a `WebPage` in either order, where `jobTitle` and `worksFor` are arrays.
 */
import { profileSlug } from './profile-url';

export interface JsonLdPerson {
  name: string | null;
  firstName: string | null;
  lastName: string | null;
  jobTitle: string | null;
  worksFor: string | null;
  location: string | null;
}

type JsonLdNode = Record<string, unknown>;

function nodesOf(value: unknown): JsonLdNode[] {
  if (Array.isArray(value)) return value.flatMap(nodesOf);
  if (!value || typeof value !== 'object') return [];
  const node = value as JsonLdNode;
  return [node, ...nodesOf(node['@graph'])];
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The organisation still worked for: the first one without an end date. */
function currentEmployer(worksFor: unknown): string | null {
  const organisations = (Array.isArray(worksFor) ? worksFor : [worksFor]) as JsonLdNode[];
  const current = organisations.find((org) => org && !(org.member as JsonLdNode | undefined)?.endDate);
  return text(current?.name);
}

function metaContent(document: Document, property: string): string | null {
  return document.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? null;
}

/** The JSON-LD Person whose profile URL has `slug`, or null. */
export function findJsonLdPerson(document: Document, slug: string): JsonLdPerson | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const person = nodesOf(parsed).find(
      (node) => node['@type'] === 'Person' && profileSlug(text(node.url) ?? text(node.sameAs) ?? '') === slug,
    );
    if (!person) continue;
    return {
      name: text(person.name),
      // The same page carries the name split by LinkedIn itself, which a naive split cannot do ("Dr. Ann").
      firstName: metaContent(document, 'profile:first_name'),
      lastName: metaContent(document, 'profile:last_name'),
      jobTitle: text(first(person.jobTitle)),
      worksFor: currentEmployer(person.worksFor),
      location: text((person.address as JsonLdNode | undefined)?.addressLocality),
    };
  }
  return null;
}
