import type { ContactField } from '@/lib/fields';
import type { ContactValues } from '@/lib/review/contact-fields';
import { reviewFormWords } from '@/lib/ui-words/review';

export interface ContactFieldsProps {
  fields: readonly { field: ContactField; label: string }[];
  values: ContactValues;
  problems: Partial<Record<ContactField, string>>;
  disabled: boolean;
  onChange(field: ContactField, value: string): void;
}

/** Contact details the user adds by hand; a malformed value is explained next to its field. */
export function ContactFields({ fields, values, problems, disabled, onChange }: ContactFieldsProps) {
  return (
    <details className="contacts" open={fields.some(({ field }) => values[field] !== '')}>
      <summary>{reviewFormWords.contactDetails()}</summary>
      {fields.map(({ field, label }) => {
        const id = `contact-${field}`;
        const problem = problems[field];
        return (
          <div key={field} className="contacts__row">
            <label htmlFor={id}>{label}</label>
            <input
              id={id}
              value={values[field]}
              disabled={disabled}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => onChange(field, event.target.value)}
            />
            {problem ? (
              <span id={`${id}-problem`} className="contacts__problem">
                {problem}
              </span>
            ) : null}
          </div>
        );
      })}
    </details>
  );
}
