/**
 * Messages between the LinkedIn content script, the on-demand extractor and the background.
 * Type-only apart from the guard and two string constants, so importing this file adds almost
 * nothing to a bundle.
 */
import type { ExtractionResult } from './types';

/** Sent to the tab: "what profile does the page show?" Answered with a `ContentReadAnswer`. */
export interface ContentReadRequest {
  type: 'profile/read';
}

/** The page is still switching to the URL's profile (LinkedIn replaces the DOM after the URL). */
export interface ProfileLoading {
  kind: 'loading';
  reason: string;
}

export type ContentReadResponse = ExtractionResult | ProfileLoading;

/**
 * The content script's answer when the extractor has not been injected into this page yet.
 * Internal to the content script and the background: the background injects and asks again.
 */
export interface ExtractorMissing {
  kind: 'extractor-missing';
}

export type ContentReadAnswer = ContentReadResponse | ExtractorMissing;

/** The extractor bundle the background injects on demand (entrypoints/linkedin-extractor.ts). */
export const EXTRACTOR_FILE = '/linkedin-extractor.js';

/**
 * Where the extractor registers itself in the content script's isolated world. Page scripts run
 * in another world and cannot see or replace it.
 */
export const EXTRACTOR_GLOBAL = '__stardexLinkedinExtractor';

export interface LinkedinExtractor {
  /** What the page shows now, waiting briefly if LinkedIn is still replacing the previous profile. */
  read(): Promise<ContentReadResponse>;
}

export type ExtractorScope = { [EXTRACTOR_GLOBAL]?: LinkedinExtractor };

export function isContentReadRequest(message: unknown): message is ContentReadRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'profile/read';
}
