import type { OutboxView } from '@/lib/messaging/protocol';
import { queuedEntryWords } from '@/lib/ui-words/failures';
import { pendingSavesWords as words } from '@/lib/ui-words/saves';

export interface PendingSavesProps {
  outbox: OutboxView;
  busy: boolean;
  onRetry(id: string): void;
  onDiscard(id: string): void;
  /** Every failed save, of every profile, tried again. */
  onRetryAll(): void;
}

/**
 * Saves for this profile still in the outbox (waiting or failed), how many wait overall, and how many
 * damaged stored entries were set aside.
 */
export function PendingSaves({ outbox, busy, onRetry, onDiscard, onRetryAll }: PendingSavesProps) {
  const elsewhere = outbox.pending + outbox.failed - outbox.forProfile.length;
  if (outbox.forProfile.length === 0 && elsewhere <= 0 && outbox.setAside === 0) return null;
  return (
    <section className="pending" aria-label={words.label()}>
      {outbox.forProfile.map((entry) => (
        <div key={entry.id} className={`pending__entry pending__entry--${entry.state}`}>
          <p>{queuedEntryWords(entry)}</p>
          {entry.lastError?.detail ? (
            <details>
              <summary>{words.details()}</summary>
              <pre>{entry.lastError.detail}</pre>
            </details>
          ) : null}
          <button type="button" disabled={busy || entry.state === 'sending'} onClick={() => onRetry(entry.id)}>
            {words.retryNow()}
          </button>
          <button type="button" disabled={busy || entry.state === 'sending'} onClick={() => onDiscard(entry.id)}>
            {words.discard()}
          </button>
        </div>
      ))}
      {elsewhere > 0 ? <p className="pending__elsewhere">{words.elsewhere(elsewhere)}</p> : null}
      {outbox.failed > 0 ? (
        <button type="button" disabled={busy} onClick={onRetryAll}>
          {words.retryAll(outbox.failed)}
        </button>
      ) : null}
      {outbox.setAside > 0 ? <p className="pending__damaged">{words.setAside(outbox.setAside)}</p> : null}
    </section>
  );
}
