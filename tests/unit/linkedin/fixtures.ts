/** The fixture corpus of tests/fixtures/linkedin, parsed the way the content script sees it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import type { ProfileFields } from '../../../lib/linkedin/types';

const fixturesDir = path.resolve('tests/fixtures/linkedin');

export interface FixtureCase {
  file: string;
  variant: string;
  /** The layout family the page belongs to, for accuracy per family (scripts/field-accuracy.ts). */
  family: string;
  /** What `location.href` is when the page is shown. */
  url: string;
  expected?: ProfileFields;
  /** The current company's canonical LinkedIn page, or null when the page links none (issue 23). */
  companyLinkedinUrl?: string | null;
  notAProfile?: true;
  /** A word the not-a-profile reason must contain. */
  reasonKeyword?: string;
}

export const fixtureCases: FixtureCase[] = JSON.parse(readFileSync(path.join(fixturesDir, 'cases.json'), 'utf8'));

export function readFixture(file: string): string {
  return readFileSync(path.join(fixturesDir, file), 'utf8');
}

/** Saved pages embed iframes; happy-dom does not load them and would log an error for each. */
const quietConsole = { ...console, error: () => undefined };

/** A fixture as a Document, parsed by happy-dom (no scripts run, like a saved page). */
export function parseFixture(file: string): Document {
  const window = new Window({ url: 'https://www.linkedin.com/', console: quietConsole });
  return new window.DOMParser().parseFromString(readFixture(file), 'text/html') as unknown as Document;
}
