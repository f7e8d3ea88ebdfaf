import { browser } from 'wxt/browser';
import {
  envelopeSchema,
  responseSchemas,
  type Failure,
  type RequestOf,
  type RequestType,
  type ResponseOf,
} from './protocol';

/** A failure reported by the background worker, carrying the user-facing message and the raw detail. */
export class BackgroundError extends Error {
  readonly detail: string | undefined;
  /** Set when the rate limit held the request back: asking again after this long may work. */
  readonly retryAfterSeconds: number | undefined;
  constructor(failure: Failure) {
    super(failure.message);
    this.name = 'BackgroundError';
    this.detail = failure.detail;
    this.retryAfterSeconds = failure.retryAfterSeconds;
  }
}

export async function sendToBackground<T extends RequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    throw new BackgroundError({
      message: 'The extension sent an unreadable answer. Reload the extension.',
      detail: JSON.stringify(raw),
    });
  }
  if (!envelope.data.ok) throw new BackgroundError(envelope.data.error);
  const schema = responseSchemas[request.type as T];
  const parsed = schema.safeParse(envelope.data.data);
  if (!parsed.success) {
    throw new BackgroundError({
      message: 'The extension sent an unexpected answer. Reload the extension.',
      detail: parsed.error.message,
    });
  }
  return parsed.data as ResponseOf<T>;
}
