import { PagePersonPanel } from '@/components/PagePersonPanel';
import { PageValues } from '@/components/PageValues';
import { errorStatus, StatusMessage } from '@/components/StatusMessage';
import type { TabProfile } from '@/lib/messaging/protocol';
import type { PagePerson } from '@/lib/persons/page-person';
import { i18n } from '#i18n';
import { usePagePerson } from './use-page-person';

const PRODUCT_WORDS = {
  'sales-navigator-lead': 'pagePerson.salesNavigator',
  'recruiter-candidate': 'pagePerson.recruiter',
  'linkedin-member': 'pagePerson.linkedinMember',
} as const;

/**
 * The review of a page that names its person by its own id and shows no public URL (Sales
 * Navigator, Recruiter): the page's values, who in Stardex it is (confirmed by the user), and why
 * "Create in Stardex" is not offered (Stardex needs the public URL).
 */
export function PagePersonReview({
  person,
  profile,
}: {
  person: PagePerson;
  profile: Extract<TabProfile, { kind: 'profile' }>;
}) {
  const { name, company } = profile.fields;
  const { match, pickedId, setPickedId, confirm, forget } = usePagePerson(person, name, company);
  const problem = match.error ?? confirm.error ?? forget.error;
  return (
    <section className="page-person" aria-label={i18n.t('pagePerson.valuesCaption')}>
      <StatusMessage
        tone="info"
        message={i18n.t('pagePerson.title', { product: i18n.t(PRODUCT_WORDS[person.kind]) })}
      />
      <PageValues fields={profile.fields} />
      {problem ? <StatusMessage {...errorStatus(problem)} /> : null}
      {match.data ? (
        <PagePersonPanel
          match={match.data}
          company={company}
          pickedId={pickedId}
          busy={confirm.isPending || forget.isPending}
          onPick={setPickedId}
          onConfirm={(personId) => confirm.mutate(personId)}
          onForget={() => forget.mutate()}
        />
      ) : null}
      <p className="page-person__no-create">{i18n.t('pagePerson.noCreate')}</p>
    </section>
  );
}
