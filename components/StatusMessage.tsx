import { BackgroundError } from '@/lib/messaging/send-to-background';
import { failureWords } from '@/lib/ui-words/failures';
import { pendingSavesWords } from '@/lib/ui-words/saves';

export interface StatusMessageProps {
  message: string;
  tone: 'info' | 'success' | 'error';
  /** Raw detail (status line, response body) for support, one click away. */
  detail?: string | undefined;
}

/** The one live region of a page: every outcome the user must hear is announced here. */
export function StatusMessage({ message, tone, detail }: StatusMessageProps) {
  return (
    <div role="status" aria-live="polite" className={`status status--${tone}`}>
      <span>{message}</span>
      {detail ? (
        <details>
          <summary>{pendingSavesWords.details()}</summary>
          <pre>{detail}</pre>
        </details>
      ) : null}
    </div>
  );
}

/** Any error as an error status: the background's failure in words, its raw detail behind "Details". */
export function errorStatus(error: unknown): StatusMessageProps {
  if (error instanceof BackgroundError) {
    return { tone: 'error', message: failureWords(error.failure), detail: error.failure.detail };
  }
  return { tone: 'error', message: error instanceof Error ? error.message : String(error) };
}
