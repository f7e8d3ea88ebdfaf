import { useId, useState, type KeyboardEvent } from 'react';
import { placementWords } from '@/lib/ui-words/placements';

export interface ComboboxOption {
  id: string;
  label: string;
  /** A second, quieter line: a job's client, a list's size. */
  detail?: string | null;
}

export interface ComboboxProps {
  label: string;
  query: string;
  options: readonly ComboboxOption[];
  /** The chosen option's label shows in the box; typing again starts a new search. */
  selected: ComboboxOption | null;
  loading: boolean;
  /** Shown in the list when a search found nothing (or failed). */
  emptyText: string;
  disabled: boolean;
  onQueryChange(query: string): void;
  onOpen(): void;
  onSelect(option: ComboboxOption): void;
  onClear(): void;
}

/**
 * A text box that searches as you type and offers its results as a list (the ARIA combobox pattern):
 * arrows move through the results, Enter picks one, Escape closes the list without closing the popup.
 */
export function Combobox(props: ComboboxProps) {
  const { label, query, options, selected, loading, emptyText, disabled } = props;
  const listId = useId();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const show = (next: boolean) => {
    setOpen(next);
    setActive(0);
    if (next) props.onOpen();
  };
  const pick = (option: ComboboxOption) => {
    props.onSelect(option);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return show(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (options.length === 0 ? 0 : (current + step + options.length) % options.length));
    } else if (event.key === 'Enter' && open && !event.ctrlKey && !event.metaKey) {
      // Enter picks the highlighted result here; it must not submit the review.
      event.preventDefault();
      const option = options[active];
      if (option) pick(option);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  const activeOption = open ? options[active] : undefined;
  return (
    <div className="combobox">
      <label htmlFor={inputId}>{label}</label>
      <span className="combobox__field">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
          value={selected && !open ? selected.label : query}
          placeholder={placementWords.typeToSearch()}
          disabled={disabled}
          onFocus={() => show(true)}
          onBlur={() => setOpen(false)}
          onChange={(event) => {
            props.onQueryChange(event.target.value);
            if (!open) show(true);
          }}
          onKeyDown={onKeyDown}
        />
        {selected ? (
          <button type="button" disabled={disabled} aria-label={placementWords.clear(label)} onClick={props.onClear}>
            ×
          </button>
        ) : null}
      </span>
      {open ? (
        <ul id={listId} role="listbox" aria-label={label} className="combobox__list">
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${option.id}`}
              role="option"
              aria-selected={index === active}
              // Picking on mousedown keeps the input from losing focus (and closing the list) first.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
            >
              {option.label}
              {option.detail ? <span className="combobox__detail"> · {option.detail}</span> : null}
            </li>
          ))}
          {options.length === 0 ? (
            <li className="combobox__empty">{loading ? placementWords.searching() : emptyText}</li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
