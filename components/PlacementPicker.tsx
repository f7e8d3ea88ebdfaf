import type { Candidacy, JobSummary, ListSummary, PipelineStage } from '@/lib/placements/stardex-placements';
import { placementWords as words } from '@/lib/ui-words/placements';
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
  detail: typeof list.item_count === 'number' ? words.listSize(list.item_count) : null,
});

/** "Add to job", "Pipeline stage" and "Add to list" in the review (issue 13), with the jobs the person is on. */
export function PlacementPicker(props: PlacementPickerProps) {
  const { candidacies, job, stages, disabled } = props;
  const onJob = job ? candidacies.find((entry) => entry.job_id === job.id) : undefined;
  return (
    <fieldset className="placement" disabled={disabled}>
      <legend>{words.legend()}</legend>
      {candidacies.length > 0 ? (
        <ul className="placement__current" aria-label={words.currentJobs()}>
          {candidacies.map((entry) => (
            <li key={entry.candidate_id}>
              {words.candidacy(entry.job_name, entry.current_pipeline_stage_name, Boolean(entry.is_archived))}
            </li>
          ))}
        </ul>
      ) : null}
      <Combobox
        label={words.addToJob()}
        query={props.jobQuery}
        options={props.jobs.map(jobOption)}
        selected={job ? jobOption(job) : null}
        loading={props.jobsLoading}
        emptyText={props.jobsProblem ?? words.noJobMatches()}
        disabled={disabled}
        onQueryChange={props.onJobQuery}
        onOpen={props.onJobsOpen}
        onSelect={(option) => props.onJob(props.jobs.find((entry) => entry.id === option.id) ?? null)}
        onClear={() => props.onJob(null)}
      />
      {job ? (
        <>
          {onJob ? <p className="hint">{words.alreadyOnJob(onJob.current_pipeline_stage_name)}</p> : null}
          <label>
            {words.stage()}
            <select
              value={props.stageId}
              disabled={disabled || stages === null}
              onChange={(e) => props.onStage(e.target.value)}
            >
              <option value="">{words.defaultStage(Boolean(onJob))}</option>
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
        label={words.addToList()}
        query={props.listQuery}
        options={props.lists.map(listOption)}
        selected={props.list ? listOption(props.list) : null}
        loading={props.listsLoading}
        emptyText={props.listsProblem ?? words.noListMatches()}
        disabled={disabled}
        onQueryChange={props.onListQuery}
        onOpen={props.onListsOpen}
        onSelect={(option) => props.onList(props.lists.find((entry) => entry.id === option.id) ?? null)}
        onClear={() => props.onList(null)}
      />
    </fieldset>
  );
}
