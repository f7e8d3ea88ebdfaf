import { useLayoutEffect, useRef } from 'react';
import type { ReviewField } from '@/lib/fields';
import { reviewFormWords as words } from '@/lib/ui-words/review';

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
 * takes the page's (tick) or edits it (type). The checkbox is named after its field ("Update
 * Headline in Stardex"), so a screen reader says which value it sends.
 */
export function ReviewTable({ rows, showStardexColumn, disabled, onValueChange, onAcceptedChange }: ReviewTableProps) {
  return (
    <div className="review">
      {showStardexColumn ? (
        <div className="review__row review__head" aria-hidden="true">
          <span />
          <span>{words.columnPage()}</span>
          <span title={words.columnUpdate()}>✓</span>
          <span>{words.columnStardex()}</span>
        </div>
      ) : null}
      {rows.map((row) => {
        const inputId = `field-${row.field}`;
        return (
          <div
            key={row.field}
            className={`review__row${row.changed ? ' review__row--changed' : ''}`}
            data-field={row.field}
          >
            <label htmlFor={inputId} className="review__label">
              {row.label}
            </label>
            <ValueBox
              id={inputId}
              value={row.value}
              disabled={disabled}
              placeholder={row.note ?? ''}
              onChange={(value) => onValueChange(row.field, value)}
            />
            {showStardexColumn ? (
              <>
                <input
                  type="checkbox"
                  className="review__accept"
                  aria-label={words.updateField(row.label)}
                  checked={row.accepted}
                  disabled={disabled || !row.changed}
                  onChange={(event) => onAcceptedChange(row.field, event.target.checked)}
                />
                <span className="review__current" title={words.columnStardex()}>
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

interface ValueBoxProps {
  id: string;
  value: string;
  disabled: boolean;
  placeholder: string;
  onChange(value: string): void;
}

/**
 * A one-line value (a headline, a URL) in a box that wraps and grows, so a long one is read whole
 * instead of cut off. Enter still submits the form as in a one-line input, and a pasted line
 * break becomes a space: the value is one line.
 */
function ValueBox({ id, value, disabled, placeholder, onChange }: ValueBoxProps) {
  const box = useRef<HTMLTextAreaElement>(null);
  // Browsers without `field-sizing: content` (Firefox) get the height of the text set here.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || CSS.supports('field-sizing', 'content')) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight}px`;
  }, [value]);
  return (
    <textarea
      ref={box}
      id={id}
      className="review__input"
      rows={1}
      aria-multiline={false}
      value={value}
      disabled={disabled}
      placeholder={placeholder}
      onChange={(event) => onChange(event.target.value.replace(/[\r\n]+/g, ' '))}
      onKeyDown={(event) => {
        const plainEnter = event.key === 'Enter' && !(event.shiftKey || event.ctrlKey || event.metaKey || event.altKey);
        // Enter that ends an input method's composition (Japanese, Chinese, …) is not a submit.
        if (!plainEnter || event.nativeEvent.isComposing) return;
        event.preventDefault();
        event.currentTarget.form?.requestSubmit();
      }}
    />
  );
}
