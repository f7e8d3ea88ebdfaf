import { i18n } from '#i18n';
import type { ListPerson } from '../people-lists/people-list-types';
import type { RowLookup } from '../people-lists/row-lookup';
import { failureWords } from './failures';
import { roleWords } from './persons';

/** The words of a list page's review (components/PeopleListTable.tsx) and of menus used on a list page. */
export const peopleListWords = {
  tableTitle: () => i18n.t('peopleLists.tableTitle'),
  readCount: (count: number) => i18n.t('peopleLists.readCount', { count: String(count) }),
  notYetShown: (count: number) => i18n.t('peopleLists.notYetShown', { count: String(count) }),
  noneRead: () => i18n.t('peopleLists.noneRead'),
  readAgain: (reading: boolean) => i18n.t(reading ? 'peopleLists.reading' : 'peopleLists.readAgain'),
  columns: () => ({
    name: i18n.t('peopleLists.columnName'),
    line: i18n.t('peopleLists.columnLine'),
    location: i18n.t('peopleLists.columnLocation'),
    linkedin: i18n.t('peopleLists.columnLinkedin'),
    select: i18n.t('peopleLists.columnSelect'),
    status: i18n.t('peopleLists.columnStatus'),
  }),
  selectPerson: (person: ListPerson, row: number) =>
    i18n.t('peopleLists.selectPerson', { name: person.name ?? `${i18n.t('peopleLists.memberHidden')} ${row + 1}` }),
  selectAll: () => i18n.t('peopleLists.selectAll'),
  selectNone: () => i18n.t('peopleLists.selectNone'),
  selectedCount: (count: number, total: number) =>
    i18n.t('peopleLists.selectedCount', { count: String(count), total: String(total) }),
  /** What the row's symbol means, read out beside it. */
  lookup: (row: RowLookup): string => {
    if (row.state === 'looking') return i18n.t('peopleLists.statusLooking');
    if (row.state === 'no-url') return i18n.t('peopleLists.statusNoUrl');
    if (row.state === 'failed') return i18n.t('peopleLists.statusFailed', { reason: failureWords(row.failure) });
    const { lookup } = row;
    if (lookup.status === 'in-stardex') {
      return lookup.name
        ? i18n.t('peopleLists.statusInStardexAs', { name: lookup.name })
        : i18n.t('peopleLists.statusInStardex');
    }
    if (lookup.status === 'not-certain') return i18n.t('peopleLists.statusLeadNotConfirmed');
    return i18n.t(lookup.status === 'several' ? 'peopleLists.statusSeveral' : 'peopleLists.statusNotInStardex');
  },
  /** An anonymised row has no name: say so rather than show an empty cell. */
  name: (person: ListPerson) => person.name ?? i18n.t('peopleLists.memberHidden'),
  /** The headline on a search; the current role on Sales Navigator, where the row shows no headline. */
  line: (person: ListPerson): string | null => {
    if (person.headline) return person.headline;
    return roleWords(person.title, person.company);
  },
  noPublicUrl: () => i18n.t('peopleLists.noPublicUrl'),
  /** A right-click action that needs one profile, used on a list page. */
  listPage: () => i18n.t('peopleLists.listPage'),
};

/** The words of a list run: the button, the progress and each row's state (issue 21). */
export const peopleListRunWords = {
  addPeople: (count: number) =>
    count === 1 ? i18n.t('peopleListRun.addOnePerson') : i18n.t('peopleListRun.addPeople', { count: String(count) }),
  alsoUpdate: () => i18n.t('peopleListRun.alsoUpdate'),
  progress: (done: number, total: number) =>
    i18n.t('peopleListRun.progress', { done: String(done), total: String(total) }),
  column: () => i18n.t('peopleListRun.columnRun'),
  waiting: () => i18n.t('peopleListRun.waiting'),
  done: () => i18n.t('peopleListRun.done'),
  skipped: (reason: string) => i18n.t('peopleListRun.skipped', { reason }),
  failed: (reason: string) => i18n.t('peopleListRun.failed', { reason }),
  retry: (name: string) => i18n.t('peopleListRun.retry', { name }),
  skipNoUrl: () => i18n.t('peopleListRun.skipNoUrl'),
  skipSeveral: () => i18n.t('peopleListRun.skipSeveral'),
  skipNotKnown: () => i18n.t('peopleListRun.skipNotKnown'),
  skipLeadNotConfirmed: () => i18n.t('peopleListRun.skipLeadNotConfirmed'),
  severalFound: () => i18n.t('peopleListRun.severalFound'),
  notAddedToList: (count: number, total: number, list: string, reason: string | null) =>
    i18n.t('peopleListRun.notAddedToList', {
      count: String(count),
      total: String(total),
      list,
      reason: reason ?? i18n.t('refusal.noReasonGiven'),
    }),
};
