import type { Candidacy, JobSummary, ListSummary, PipelineStage } from '@/lib/placements/stardex-placements';
import { Combobox, type ComboboxOption } from './Combobox';

export interface PlacementPickerProps {
  /** The jobs the person is on, from the Stardex read; empty for a person not yet in Stardex. */
  candidacies: readonly Candidacy[];
  jobQuery: string;
  jobs: readonly JobSummary[];
  jobsLoading: boolean;
  jobsProblem: string | null;
  job: JobSummary | null;
  /** The chosen job's stages, in pipeline order; null while they load (or without a job). */
  stages: readonly PipelineStage[] | null;
  stagesProblem: string | null;
  stageId: string;
  listQuery: string;
  lists: readonly ListSummary[];
  listsLoading: boolean;
  listsProblem: string | null;
  list: ListSummary | null;
  disabled: boolean;
  onJobQuery(query: string): void;
  onJobsOpen(): void;
  onJob(job: JobSummary | null): void;
  onStage(stageId: string): void;
  onListQuery(query: string): void;
  onListsOpen(): void;
  onList(list: ListSummary | null): void;
}

const jobOption = (job: JobSummary): ComboboxOption => ({
  id: job.id,
  label: job.name,
  detail: [job.client_company_name, job.job_status_name].filter(Boolean).join(', ') || null,
});
const listOption = (list: ListSummary): ComboboxOption => ({
  id: list.id,
  label: list.name,
  detail: typeof list.item_count === 'number' ? `${list.item_count} people` : null,
});

/** "Add to job", "Pipeline stage" and "Add to list" in the review (issue 13), with the jobs the person is on. */
export function PlacementPicker(props: PlacementPickerProps) {
  const { candidacies, job, stages, disabled } = props;
  const onJob = job ? candidacies.find((entry) => entry.job_id === job.id) : undefined;
  return (
    <fieldset className="placement" disabled={disabled}>
      <legend>Jobs and lists</legend>
      {candidacies.length > 0 ? (
        <ul className="placement__current" aria-label="Jobs this person is on">
          {candidacies.map((entry) => (
            <li key={entry.candidate_id}>
              {entry.job_name ?? 'A job'}: {entry.current_pipeline_stage_name ?? 'no stage'}
              {entry.is_archived ? ' (archived)' : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <Combobox
        label="Add to job"
        query={props.jobQuery}
        options={props.jobs.map(jobOption)}
        selected={job ? jobOption(job) : null}
        loading={props.jobsLoading}
        emptyText={props.jobsProblem ?? 'No open job matches.'}
        disabled={disabled}
        onQueryChange={props.onJobQuery}
        onOpen={props.onJobsOpen}
        onSelect={(option) => props.onJob(props.jobs.find((entry) => entry.id === option.id) ?? null)}
        onClear={() => props.onJob(null)}
      />
      {job ? (
        <>
          {onJob ? (
            <p className="hint">
              Already on this job ({onJob.current_pipeline_stage_name ?? 'no stage'}): saving moves the stage and does
              not add them twice.
            </p>
          ) : null}
          <label>
            Pipeline stage
            <select
              value={props.stageId}
              disabled={disabled || stages === null}
              onChange={(e) => props.onStage(e.target.value)}
            >
              <option value="">{onJob ? 'Keep the current stage' : 'The first stage (as Stardex sets it)'}</option>
              {(stages ?? []).map((stage) => (
                <option key={stage.id} value={stage.id}>
                  {stage.name}
                </option>
              ))}
            </select>
          </label>
          {props.stagesProblem ? <p className="hint hint--warning">{props.stagesProblem}</p> : null}
        </>
      ) : null}
      <Combobox
        label="Add to list"
        query={props.listQuery}
        options={props.lists.map(listOption)}
        selected={props.list ? listOption(props.list) : null}
        loading={props.listsLoading}
        emptyText={props.listsProblem ?? 'No list matches.'}
        disabled={disabled}
        onQueryChange={props.onListQuery}
        onOpen={props.onListsOpen}
        onSelect={(option) => props.onList(props.lists.find((entry) => entry.id === option.id) ?? null)}
        onClear={() => props.onList(null)}
      />
    </fieldset>
  );
}
