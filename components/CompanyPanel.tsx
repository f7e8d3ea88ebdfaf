import type { CompanyLookup } from '@/lib/companies/company-lookup';
import { companyLineWords, companyWords } from '@/lib/ui-words/companies';

/** The company lookup as the panel shows it; `message` is the failure in words. */
type CompanyLookupView =
  { state: 'pending' } | { state: 'error'; message: string } | { state: 'done'; data: CompanyLookup | null };

export interface CompanyPanelProps {
  /** The current company as the page names it; null when the page names none. */
  pageName: string | null;
  lookup: CompanyLookupView;
  /** The off-limits warnings in words (lib/ui-words/companies.ts); shown first, as an alert. */
  warnings: readonly string[];
  /** The person is in Stardex, so the company can be added and named on them. */
  canAdd: boolean;
  adding: boolean;
  /** What the last "Add company to Stardex" did, or its failure in words. */
  addOutcome: { tone: 'done' | 'error'; message: string } | null;
  /** The company value the review holds now, for the choice of spelling. */
  reviewedName: string | null;
  disabled: boolean;
  onAdd(): void;
  onUseName(name: string): void;
}

function SpellingChoice({
  pageName,
  stardexName,
  reviewedName,
  disabled,
  onUseName,
}: {
  pageName: string;
  stardexName: string;
  reviewedName: string | null;
  disabled: boolean;
  onUseName(name: string): void;
}) {
  return (
    <fieldset className="company__spelling">
      <legend>{companyWords.spelledOtherwise(stardexName)}</legend>
      {[
        { name: pageName, label: companyWords.keepPageSpelling(pageName) },
        { name: stardexName, label: companyWords.useStardexSpelling(stardexName) },
      ].map((option) => (
        <label key={option.name} className="checkbox">
          <input
            type="radio"
            name="company-spelling"
            checked={reviewedName === option.name}
            disabled={disabled}
            onChange={() => onUseName(option.name)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function CompanyLine(props: CompanyPanelProps & { pageName: string }) {
  const { pageName, lookup, canAdd, adding, addOutcome, disabled, onAdd } = props;
  if (lookup.state === 'pending') return <p className="company__line">{companyWords.lookingUp(pageName)}</p>;
  if (lookup.state === 'error') return <p className="company__line">{companyWords.lookupFailed(lookup.message)}</p>;
  if (lookup.data === null) return null;
  const found = lookup.data.status === 'found' ? lookup.data.company : null;
  return (
    <>
      <p className="company__line">{companyLineWords(lookup.data, pageName)}</p>
      {found && found.name !== pageName ? (
        <SpellingChoice {...props} pageName={pageName} stardexName={found.name} />
      ) : null}
      {!found && canAdd ? (
        <button type="button" disabled={disabled || adding} onClick={onAdd}>
          {adding ? companyWords.adding() : companyWords.add()}
        </button>
      ) : null}
      {!found && !canAdd ? <p className="hint">{companyWords.addNeedsPerson()}</p> : null}
      {addOutcome ? (
        <p className={addOutcome.tone === 'error' ? 'company__line company__line--error' : 'company__line'}>
          {addOutcome.message}
        </p>
      ) : null}
    </>
  );
}

/**
 * The current company in Stardex (issue 23): an off-limits alert first, above the fields and before
 * any button, then the company line ("Company in Stardex: …", "Company not in Stardex: …" with "Add
 * company to Stardex", "In Stardex as …" with the choice of spelling). A failed lookup is one line
 * and hides nothing else.
 */
export function CompanyPanel(props: CompanyPanelProps) {
  const { pageName, warnings } = props;
  if (pageName === null && warnings.length === 0) return null;
  return (
    <section className="company" aria-label={companyWords.panelLabel()}>
      {warnings.length > 0 ? (
        <div role="alert" className="company__alert">
          {warnings.map((warning) => (
            <p key={warning}>{warning}</p>
          ))}
        </div>
      ) : null}
      {pageName !== null ? <CompanyLine {...props} pageName={pageName} /> : null}
    </section>
  );
}
