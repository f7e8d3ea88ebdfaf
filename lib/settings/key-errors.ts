import { FailureError } from '../failure';
import { baseUrlOrigin } from './settings';

/** No key may be sent to the configured address: none is saved, or it was typed for another origin. */
export class MissingApiKeyError extends FailureError {
  /** `savedForOrigin`: the origin a saved key was typed for, when one is saved but not for this base URL. */
  constructor(baseUrl: string, savedForOrigin: string | null) {
    super(
      { kind: 'missing-api-key', keyTypedFor: savedForOrigin, baseUrlOrigin: baseUrlOrigin(baseUrl) ?? baseUrl },
      `No API key for ${baseUrl}${savedForOrigin ? ` (the saved key is for ${savedForOrigin})` : ''}`,
    );
    this.name = 'MissingApiKeyError';
  }
}

/** A save queued for another Stardex than the configured one: it is never sent to this one. */
export class OtherStardexError extends FailureError {
  constructor(queuedFor: string, baseUrlOrigin: string) {
    super(
      { kind: 'other-stardex', queuedFor, baseUrlOrigin },
      `Queued for ${queuedFor}, but the API base URL is now ${baseUrlOrigin}`,
    );
    this.name = 'OtherStardexError';
  }
}
