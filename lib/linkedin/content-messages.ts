/**
 * Messages between the LinkedIn content script and the rest of the extension. Type-only apart
 * from the guards, so importing this file adds nothing to a bundle.
 */
import type { ExtractionResult } from './types';

/** Sent to the tab: "what profile does the page show?" Answered with a `ContentReadResponse`. */
export interface ContentReadRequest {
  type: 'profile/read';
}

/** The page is still switching to the URL's profile (LinkedIn replaces the DOM after the URL). */
export interface ProfileLoading {
  kind: 'loading';
  reason: string;
}

export type ContentReadResponse = ExtractionResult | ProfileLoading;

/** Sent by the content script when LinkedIn changes the URL without reloading; fire-and-forget. */
export interface ContentLocationChanged {
  type: 'profile/location-changed';
  url: string;
}

function hasType(message: unknown, type: string): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}

export function isContentReadRequest(message: unknown): message is ContentReadRequest {
  return hasType(message, 'profile/read');
}

export function isContentLocationChanged(message: unknown): message is ContentLocationChanged {
  return hasType(message, 'profile/location-changed') && typeof (message as { url?: unknown }).url === 'string';
}
