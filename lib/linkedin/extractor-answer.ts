/**
 * How the extractor is run and what it answers. The extractor (entrypoints/linkedin-extractor.ts,
 * built to EXTRACTOR_FILE) is the only code of ours that ever runs in a LinkedIn page, and only when
 * a review reads the page: it is one file, evaluated in the tab's isolated world, whose completion
 * value (the value of its last expression) is a Promise of an `ExtractorCompletion`. The background
 * evaluates it with `scripting.executeScript`, which awaits that promise in Chrome and Firefox and
 * returns its value as the injection's `result`; `npm run scrape` evaluates the same file with CDP's
 * `Runtime.evaluate`. Both pass the value to `extractorAnswer`.
 * Type-only apart from one constant and two small functions, so importing it adds almost nothing to a bundle.
 */
import type { PeopleListReading } from '../people-lists/people-list-types';
import type { ExtractionResult } from './types';
import type { ConversationExtraction } from '../conversations/conversation';

/** The built extractor, by its path in the extension. Not web-accessible: LinkedIn probes those to detect extensions. */
export const EXTRACTOR_FILE = '/linkedin-extractor.js';

/** The page is still switching to the URL's profile (LinkedIn replaces the DOM after the URL). */
interface ProfileLoading {
  kind: 'loading';
  reason: string;
}

/** What the page shows (a profile, a conversation, or the people of a list page), as the popup reviews it (the background validates it as a TabProfile). */
export type ExtractorAnswer = ExtractionResult | ConversationExtraction | ProfileLoading | PeopleListReading;

/**
 * A read that threw. Chrome returns `null` as the result of an injected script that throws or
 * rejects (the error stays in the tab's console), so the extractor hands the error over as data.
 */
export interface ExtractorFailure {
  kind: 'extractor-failed';
  message: string;
}

export type ExtractorCompletion = ExtractorAnswer | ExtractorFailure;

/** The message only: it is what the user is shown; the stack points into a minified bundle. */
export function extractorFailure(error: unknown): ExtractorFailure {
  return { kind: 'extractor-failed', message: error instanceof Error ? error.message : String(error) };
}

function isFailure(completion: unknown): completion is ExtractorFailure {
  const failed: ExtractorFailure['kind'] = 'extractor-failed';
  return typeof completion === 'object' && completion !== null && (completion as { kind?: unknown }).kind === failed;
}

/**
 * The answer in an extractor run's completion value; a failed read throws its error. Still
 * `unknown`: the value comes from inside LinkedIn's page, so the background validates it.
 */
export function extractorAnswer(completion: unknown): unknown {
  if (isFailure(completion)) throw new Error(completion.message);
  return completion;
}
