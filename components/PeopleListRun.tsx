import type { ListRunStatus } from '@/lib/people-lists/people-list-messages';
import { peopleListRunWords as words } from '@/lib/ui-words/people-lists';

export interface PeopleListRunProps {
  /** The last run's progress as stored (it outlives the popup); null before any run. */
  status: ListRunStatus;
  checked: number;
  alsoUpdate: boolean;
  busy: boolean;
  problem: string | null;
  onAlsoUpdate(value: boolean): void;
  onRun(): void;
  onRetry(id: string): void;
}

/**
 * The run of a list review (issue 21): the button that says how many people it adds, and the
 * progress of the last run with each row's state (waiting, done, skipped with why, failed with Retry).
 */
export function PeopleListRun({ status, checked, alsoUpdate, busy, problem, ...props }: PeopleListRunProps) {
  return (
    <section className="people-list-run">
      <label>
        <input type="checkbox" checked={alsoUpdate} onChange={(event) => props.onAlsoUpdate(event.target.checked)} />{' '}
        {words.alsoUpdate()}
      </label>
      <button type="button" className="primary" disabled={busy || checked === 0} onClick={props.onRun}>
        {words.addPeople(checked)}
      </button>
      {problem ? (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      ) : null}
      {status ? (
        <>
          <div
            role="progressbar"
            aria-label={words.progress(status.done, status.total)}
            aria-valuemin={0}
            aria-valuemax={status.total}
            aria-valuenow={status.done}
          >
            {words.progress(status.done, status.total)}
          </div>
          <ul aria-label={words.column()} className="people-list-run__rows">
            {status.rows.map((row, index) => (
              // The run's rows keep the page's order and have no id of their own.
              <li key={index}>
                {row.name ?? '—'}: {row.reason ?? (row.state === 'done' ? words.done() : words.waiting())}
                {row.retryId ? (
                  <button type="button" onClick={() => props.onRetry(row.retryId!)}>
                    {words.retry(row.name ?? '—')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
