import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CompanyPanelProps } from '@/components/CompanyPanel';
import { errorStatus } from '@/components/StatusMessage';
import { offLimitsReasons } from '@/lib/companies/off-limits';
import { heldBackRetryDelayMs, retryHeldBackLookup } from '@/lib/messaging/held-back-lookup';
import type { PersonSummary, TabProfile } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send-to-background';
import { companyWords, offLimitsWords } from '@/lib/ui-words/companies';

interface CompanyInput {
  tabId: number | null;
  profile: Extract<TabProfile, { kind: 'profile' }>;
  reviewedUrl: string;
  person: PersonSummary | null;
  /** The company value the review holds (the user may have typed another). */
  reviewedName: string | null;
  busy: boolean;
  onUseName(name: string): void;
}

/**
 * The review's company (issue 23): looks up the company the PAGE shows (its LinkedIn page, else its
 * name), never what is being typed, so editing the field costs no request and no answer overrides
 * it. Off-limits comes from that company and the person's own record; "Add company to Stardex" is an
 * outbox step of the person's.
 */
export function useCompany({ tabId, profile, reviewedUrl, person, reviewedName, busy, onUseName }: CompanyInput) {
  const queryClient = useQueryClient();
  const pageName = profile.fields.company;
  const linkedinUrl = profile.companyLinkedinUrl ?? null;
  const lookup = useQuery({
    queryKey: ['company', linkedinUrl, pageName],
    enabled: pageName !== null || linkedinUrl !== null,
    queryFn: () => sendToBackground({ type: 'company/lookup', linkedinUrl, name: pageName }),
    retry: retryHeldBackLookup,
    retryDelay: heldBackRetryDelayMs,
  });
  const add = useMutation({
    mutationFn: () =>
      sendToBackground({
        type: 'company/add',
        tabId,
        personId: person!.id,
        personName: person!.name ?? null,
        linkedinUrl: reviewedUrl,
        company: { name: pageName!, ...(linkedinUrl ? { linkedin_url: linkedinUrl } : {}) },
      }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['company'] });
      void queryClient.invalidateQueries({ queryKey: ['person'] });
      void queryClient.invalidateQueries({ queryKey: ['outbox', reviewedUrl] });
    },
  });

  const company = lookup.data?.status === 'found' ? lookup.data.company : null;
  const warnings = offLimitsReasons(company, person).map(offLimitsWords);
  const panel: CompanyPanelProps = {
    pageName,
    lookup: lookup.isError
      ? { state: 'error', message: errorStatus(lookup.error).message }
      : lookup.isSuccess
        ? { state: 'done', data: lookup.data }
        : { state: 'pending' },
    warnings,
    canAdd: person !== null,
    adding: add.isPending,
    addOutcome: add.isError
      ? { tone: 'error', message: errorStatus(add.error).message }
      : add.data
        ? { tone: 'done', message: add.data.status === 'added' ? companyWords.added() : companyWords.addQueued() }
        : null,
    reviewedName,
    disabled: busy,
    onAdd: () => add.mutate(),
    onUseName,
  };
  return { panel };
}
