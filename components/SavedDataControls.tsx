import { useState } from 'react';
import type { SavedDataStatus } from '@/lib/messaging/protocol';
import { savedDataWords as words } from '@/lib/ui-words/options';

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
  return (
    <section className="saved-data" aria-label={words.label()}>
      {data && data.setAside > 0 ? <p className="saved-data__damaged">{words.setAside(data.setAside)}</p> : null}
      {data && data.failedSaves > 0 ? (
        <p className="saved-data__failed">
          {words.failedSaves(data.failedSaves)}{' '}
          <button type="button" disabled={busy} onClick={onRetryAll}>
            {words.retryAll()}
          </button>
        </p>
      ) : null}
      <details open={open || undefined}>
        <summary>{words.removeSummary()}</summary>
        <div className="actions">
          <ConfirmedAction
            label={words.removeKey()}
            question={words.removeKeyQuestion()}
            confirmLabel={words.removeKeyConfirm()}
            disabled={busy || hasApiKey === false}
            onConfirm={onRemoveApiKey}
          />
          <ConfirmedAction
            label={words.clear()}
            question={words.clearQuestion(data ? data.unsentSaves : null)}
            confirmLabel={words.clearConfirm()}
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
        {words.cancel()}
      </button>
    </div>
  );
}
