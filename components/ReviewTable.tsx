import type { ReviewField } from '@/lib/fields';

export interface ReviewRow {
  field: ReviewField;
  label: string;
  value: string;
  /** What Stardex holds now; null when it holds nothing or no person is selected. */
  stardexValue: string | null;
  /** The value differs from Stardex and would be sent. */
  changed: boolean;
  accepted: boolean;
  /** Where the page value came from, or why it is missing. */
  note: string | null;
}

export interface ReviewTableProps {
  rows: ReviewRow[];
  showStardexColumn: boolean;
  disabled: boolean;
  onValueChange(field: ReviewField, value: string): void;
  onAcceptedChange(field: ReviewField, accepted: boolean): void;
}

/**
 * Page values next to Stardex values. Per field the user keeps Stardex's value (untick),
 * takes the page's (tick) or edits it (type). The checkbox's name avoids the field label so
 * "Full name" etc. label exactly one control.
 */
export function ReviewTable({ rows, showStardexColumn, disabled, onValueChange, onAcceptedChange }: ReviewTableProps) {
  return (
    <div className="review">
      {showStardexColumn ? (
        <div className="review__row review__head" aria-hidden="true">
          <span />
          <span>From the page</span>
          <span title="Update in Stardex">✓</span>
          <span>In Stardex now</span>
        </div>
      ) : null}
      {rows.map((row) => {
        const inputId = `field-${row.field}`;
        const labelId = `${inputId}-label`;
        return (
          <div
            key={row.field}
            className={`review__row${row.changed ? ' review__row--changed' : ''}`}
            data-field={row.field}
          >
            <label id={labelId} htmlFor={inputId} className="review__label">
              {row.label}
            </label>
            <input
              id={inputId}
              className="review__input"
              value={row.value}
              disabled={disabled}
              placeholder={row.note ?? ''}
              onChange={(event) => onValueChange(row.field, event.target.value)}
            />
            {showStardexColumn ? (
              <>
                <input
                  type="checkbox"
                  className="review__accept"
                  aria-label="Update in Stardex"
                  aria-describedby={labelId}
                  checked={row.accepted}
                  disabled={disabled || !row.changed}
                  onChange={(event) => onAcceptedChange(row.field, event.target.checked)}
                />
                <span className="review__current" title="In Stardex now">
                  {row.stardexValue ?? '—'}
                </span>
              </>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
