import { browser } from 'wxt/browser';
import type { Failure } from '../failure';
import { envelopeSchema, responseSchemas, type RequestOf, type RequestType, type ResponseOf } from './protocol';

/** A failure reported by the background worker (or in its answer), as the record; lib/ui-words words it. */
export class BackgroundError extends Error {
  readonly failure: Failure;
  constructor(failure: Failure) {
    super(`${failure.kind}${failure.detail ? `: ${failure.detail.split('\n')[0]}` : ''}`);
    this.name = 'BackgroundError';
    this.failure = failure;
  }
}

export async function sendToBackground<T extends RequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    throw new BackgroundError({ kind: 'unreadable-answer', detail: JSON.stringify(raw) });
  }
  if (!envelope.data.ok) throw new BackgroundError(envelope.data.error);
  const schema = responseSchemas[request.type as T];
  const parsed = schema.safeParse(envelope.data.data);
  if (!parsed.success) {
    throw new BackgroundError({ kind: 'unexpected-answer', detail: parsed.error.message });
  }
  return parsed.data as ResponseOf<T>;
}
