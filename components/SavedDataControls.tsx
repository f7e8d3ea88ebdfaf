import { useState } from 'react';
import type { SavedDataStatus } from '@/lib/messaging/protocol';

export interface SavedDataControlsProps {
  /** null while unknown (still loading, or the stored value could not be read). */
  data: SavedDataStatus | null;
  /** null when the settings could not be read: removing the key must stay possible then. */
  hasApiKey: boolean | null;
  /** Shown unfolded: something stored is damaged, and these are the ways out. */
  open: boolean;
  busy: boolean;
  onRemoveApiKey(): void;
  onClearSavedData(): void;
  /** Every failed save, of every profile, tried again. */
  onRetryAll(): void;
}

/**
 * Options' "Saved data": damaged entries set aside (always visible), and the two ways to remove
 * things, kept behind a disclosure because both destroy data.
 */
export function SavedDataControls({
  data,
  hasApiKey,
  open,
  busy,
  onRemoveApiKey,
  onClearSavedData,
  onRetryAll,
}: SavedDataControlsProps) {
  const unsent = data ? `${data.unsentSaves} unsent save(s)` : 'unsent saves';
  return (
    <section className="saved-data" aria-label="Saved data">
      {data && data.setAside > 0 ? (
        <p className="saved-data__damaged">
          {data.setAside} damaged stored item(s) were set aside: they are kept but not used. Clearing saved data removes
          them.
        </p>
      ) : null}
      {data && data.failedSaves > 0 ? (
        <p className="saved-data__failed">
          {data.failedSaves} save(s) could not be sent and wait for you.{' '}
          <button type="button" disabled={busy} onClick={onRetryAll}>
            Retry all
          </button>
        </p>
      ) : null}
      <details open={open || undefined}>
        <summary>Remove the API key or all saved data</summary>
        <div className="actions">
          <ConfirmedAction
            label="Remove API key"
            question="Remove the saved API key from this browser? Nothing reaches Stardex until you add a key again; saves waiting in the outbox stay."
            confirmLabel="Yes, remove the API key"
            disabled={busy || hasApiKey === false}
            onConfirm={onRemoveApiKey}
          />
          <ConfirmedAction
            label="Clear saved data"
            question={`Delete everything this extension keeps in this browser: ${unsent}, drafts, manual links, damaged items set aside, settings and the API key? This cannot be undone.`}
            confirmLabel="Yes, clear saved data"
            disabled={busy}
            onConfirm={onClearSavedData}
          />
        </div>
      </details>
    </section>
  );
}

interface ConfirmedActionProps {
  label: string;
  question: string;
  confirmLabel: string;
  disabled: boolean;
  onConfirm(): void;
}

/** A button that acts only after a second, explicit click on a question that says what will be lost. */
function ConfirmedAction({ label, question, confirmLabel, disabled, onConfirm }: ConfirmedActionProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-label={label} className="confirm">
      <p>{question}</p>
      <button
        type="button"
        className="danger"
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
