import { PagePersonConfirm } from '@/components/PagePersonConfirm';
import { PageValues } from '@/components/PageValues';
import { StatusMessage } from '@/components/StatusMessage';
import type { TabProfile } from '@/lib/messaging/protocol';
import type { PagePerson } from '@/lib/persons/page-person';
import { pagePersonWords } from '@/lib/ui-words/page-person';
import { PagePersonForm } from './PagePersonForm';
import { usePagePerson } from './use-page-person';

/**
 * The review of a page that names its person by its own id and shows no public URL (Sales
 * Navigator, Recruiter): the page's values, who in Stardex it is (confirmed by the user), once
 * confirmed the review saved to that person, and why "Create in Stardex" is not offered (Stardex
 * needs the public URL).
 */
export function PagePersonReview({
  tabId,
  person,
  profile,
  onlyFillEmpty,
}: {
  /** The tab the page is in; a save checks it still shows this page's id (none: no save). */
  tabId: number | null;
  person: PagePerson;
  profile: Extract<TabProfile, { kind: 'profile' }>;
  onlyFillEmpty: boolean;
}) {
  const { name, company } = profile.fields;
  const confirmation = usePagePerson(person, name, company);
  const { data } = confirmation.match;
  const confirmed = data?.status === 'linked' ? data.person : null;
  return (
    <section className="page-person" aria-label={pagePersonWords.valuesCaption()}>
      <StatusMessage tone="info" message={pagePersonWords.title(person.kind)} />
      {confirmed ? null : <PageValues fields={profile.fields} />}
      <PagePersonConfirm confirmation={confirmation} company={company} />
      {confirmed && tabId !== null ? (
        <PagePersonForm
          // Another confirmed person is another review: nothing typed for one is saved to the other.
          key={confirmed.id}
          tabId={tabId}
          person={person}
          profile={profile}
          confirmed={confirmed}
          onlyFillEmpty={onlyFillEmpty}
        />
      ) : null}
      <p className="page-person__no-create">{pagePersonWords.noCreate()}</p>
    </section>
  );
}
