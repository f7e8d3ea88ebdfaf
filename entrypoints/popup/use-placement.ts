import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { PlacementPickerProps } from '@/components/PlacementPicker';
import type { PlacementChoiceInput } from '@/lib/placements/placement-messages';
import type { PersonSummary } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send-to-background';
import { candidacyOn, type JobSummary, type ListSummary } from '@/lib/placements/stardex-placements';
import { placementWords } from '@/lib/ui-words/placements';

/** Typing pauses this long before a search goes out: each search is one request of the rate limit. */
const SEARCH_PAUSE_MS = 300;

function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value.trim()), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

const problemOf = (error: unknown) => (error ? placementWords.searchFailed((error as Error).message) : null);

/**
 * The review's job, stage and list choice (issue 13): searches while the user types, reads the chosen
 * job's stages, and says what the save should do. Searches run only once a box was opened.
 */
export function usePlacement(person: PersonSummary | null) {
  const [jobQuery, setJobQuery] = useState('');
  const [listQuery, setListQuery] = useState('');
  const [jobsWanted, setJobsWanted] = useState(false);
  const [listsWanted, setListsWanted] = useState(false);
  const [job, setJob] = useState<JobSummary | null>(null);
  const [stageId, setStageId] = useState('');
  const [list, setList] = useState<ListSummary | null>(null);
  const jobTerms = useSettled(jobQuery);
  const listTerms = useSettled(listQuery);

  const jobs = useQuery({
    queryKey: ['jobs', jobTerms],
    enabled: jobsWanted,
    queryFn: () => sendToBackground({ type: 'jobs/search', query: jobTerms }),
  });
  const jobDetail = useQuery({
    queryKey: ['job', job?.id],
    enabled: job !== null,
    queryFn: () => sendToBackground({ type: 'jobs/get', jobId: job!.id }),
  });
  const lists = useQuery({
    queryKey: ['lists', listTerms],
    enabled: listsWanted,
    queryFn: () => sendToBackground({ type: 'lists/search', query: listTerms }),
  });

  const candidacies = person?.candidates ?? [];
  const stage = jobDetail.data?.pipeline_stages.find((entry) => entry.id === stageId) ?? null;
  const onJob = job !== null && candidacyOn(candidacies, job.id) !== null;
  // On the job already and no new stage: there is nothing to do for the job.
  const jobChoice = job && !(onJob && stage === null) ? { id: job.id, name: job.name, stage, onJob } : null;
  const choice: PlacementChoiceInput | undefined =
    jobChoice || list ? { job: jobChoice, list: list && { id: list.id, name: list.name } } : undefined;

  const picker: Omit<PlacementPickerProps, 'disabled'> = {
    candidacies,
    jobQuery,
    jobs: jobs.data ?? [],
    jobsLoading: jobs.isFetching,
    jobsProblem: problemOf(jobs.error),
    job,
    stages: job ? (jobDetail.data?.pipeline_stages ?? null) : null,
    stagesProblem: jobDetail.error ? placementWords.stagesFailed(jobDetail.error.message) : null,
    stageId,
    listQuery,
    lists: lists.data ?? [],
    listsLoading: lists.isFetching,
    listsProblem: problemOf(lists.error),
    list,
    onJobQuery: setJobQuery,
    onJobsOpen: () => setJobsWanted(true),
    onJob: (next) => {
      setJob(next);
      setStageId('');
      setJobQuery('');
    },
    onStage: setStageId,
    onListQuery: setListQuery,
    onListsOpen: () => setListsWanted(true),
    onList: (next) => {
      setList(next);
      setListQuery('');
    },
  };
  const reset = () => {
    setJob(null);
    setStageId('');
    setList(null);
  };
  return { picker, choice, reset };
}
