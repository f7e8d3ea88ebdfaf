import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { readDraft, writeDraft, EMPTY_DRAFT } from '@/lib/drafts/drafts';
import type { MatchResult, TabProfile } from '@/lib/messaging/protocol';
import { settingsItem } from '@/lib/storage/items';
import type { StardexClient } from '@/lib/stardex/client';
import type { StardexPerson } from '@/lib/stardex/schemas';
import { handleMenuClick } from '@/lib/menus/menu-actions.background';
import { readTabProfile } from '@/lib/linkedin/read-tab-profile.background';
import { getStardexClient, MissingApiKeyError } from '@/lib/settings/stardex-access.background';
import { matchPerson } from '@/lib/persons/match-person.background';
import { savePerson } from '@/lib/persons/save-person.background';
import { notify } from '@/lib/menus/notify.background';
import { openReview, openReviewWindow } from '@/lib/review/open-review.background';

// The background's I/O is mocked; menu-actions, quick-update, drafts and selection-draft run for real.
vi.mock('@/lib/linkedin/read-tab-profile.background', () => ({ readTabProfile: vi.fn(), profileShownInTab: vi.fn() }));
vi.mock('@/lib/settings/stardex-access.background', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/settings/stardex-access.background')>()),
  getStardexClient: vi.fn(),
}));
vi.mock('@/lib/persons/match-person.background', () => ({ matchPerson: vi.fn() }));
vi.mock('@/lib/persons/save-person.background', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/persons/save-person.background')>()),
  savePerson: vi.fn(),
}));
vi.mock('@/lib/menus/notify.background', () => ({ notify: vi.fn(async () => {}) }));
vi.mock('@/lib/review/open-review.background', () => ({
  openReview: vi.fn(async () => {}),
  openReviewWindow: vi.fn(async () => {}),
}));

const TAB_ID = 42;
const CALLA_ID = '0b6f7c1e-3a52-4d0e-9a77-1c2d3e4f5a61';
const TWIN_ID = '7d9e2f40-1b3c-4a5d-8e6f-9a0b1c2d3e4f';
const SLUG = 'calla-northallen-2da20053';
const URL_ = `https://www.linkedin.com/in/${SLUG}/`;
const tab = { id: TAB_ID, index: 3 } as Browser.tabs.Tab;

const pageProfile: TabProfile = {
  kind: 'profile',
  fields: {
    url: URL_,
    name: 'Calla Northallen',
    firstName: 'Calla',
    lastName: 'Northallen',
    headline: 'Healthcare AI · Technical Recruiter · Mentor',
    location: 'Pinecrest Hollow, Oregon, United States',
    title: 'Technical Recruiter',
    company: 'Bluefen Insurance',
  },
  sources: {},
  missing: [],
};
const callaInStardex: StardexPerson = {
  id: CALLA_ID,
  name: 'Calla Northallen',
  first_name: 'Calla',
  last_name: 'Northallen',
  linkedin_public_id: SLUG,
  linkedin_url: URL_,
  linkedin_headline: 'Healthcare AI · Technical Recruiter · Mentor',
  linkedin_location: 'Pinecrest Hollow, Oregon, United States',
  current_job_title: 'Recruiter',
  current_company_name: 'Old Agency',
};

const getPerson = vi.fn<(id: string) => Promise<StardexPerson>>();
const client = { getPerson } as unknown as StardexClient;

function click(info: Partial<Browser.contextMenus.OnClickData>, ...onTab: [Browser.tabs.Tab | undefined] | []) {
  return handleMenuClick({ editable: false, pageUrl: URL_, menuItemId: '', ...info }, onTab.length ? onTab[0] : tab);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.clearAllMocks();
  vi.mocked(readTabProfile).mockResolvedValue(pageProfile);
  vi.mocked(getStardexClient).mockResolvedValue(client);
  vi.mocked(matchPerson).mockResolvedValue({ status: 'matched', person: callaInStardex, linked: false });
  getPerson.mockResolvedValue(callaInStardex);
  vi.mocked(savePerson).mockImplementation(async (request) => ({
    status: 'saved',
    personId: request.personId,
    fields: Object.keys(request.patch),
  }));
});

describe('"Review and update in Stardex…"', () => {
  it('opens the review for the clicked tab and nothing else', async () => {
    await click({ menuItemId: 'review' });
    expect(openReview).toHaveBeenCalledExactlyOnceWith(TAB_ID);
    expect(readTabProfile).not.toHaveBeenCalled();
    expect(savePerson).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
  });

  it('does nothing without a tab', async () => {
    await click({ menuItemId: 'review' }, undefined);
    await click({ menuItemId: 'quick-update' }, undefined);
    expect(openReview).not.toHaveBeenCalled();
    expect(readTabProfile).not.toHaveBeenCalled();
  });
});

describe('"Update in Stardex now"', () => {
  it('certain match with changes: saves exactly the changed values for this tab and says so', async () => {
    await click({ menuItemId: 'quick-update' });
    expect(matchPerson).toHaveBeenCalledExactlyOnceWith(client, URL_);
    expect(getPerson).toHaveBeenCalledExactlyOnceWith(CALLA_ID);
    expect(savePerson).toHaveBeenCalledExactlyOnceWith({
      type: 'person/save',
      tabId: TAB_ID,
      personId: CALLA_ID,
      personName: 'Calla Northallen',
      linkedinUrl: URL_,
      patch: { current_job_title: 'Technical Recruiter', company_name: 'Bluefen Insurance' },
      note: null,
    });
    expect(notify).toHaveBeenCalledExactlyOnceWith(
      'Updated in Stardex',
      'Updated Calla Northallen: current_job_title, company_name.',
    );
    expect(openReview).not.toHaveBeenCalled();
  });

  it('a link the user made counts as certain', async () => {
    vi.mocked(matchPerson).mockResolvedValue({ status: 'matched', person: callaInStardex, linked: true });
    await click({ menuItemId: 'quick-update' });
    expect(savePerson).toHaveBeenCalledOnce();
  });

  it('compares against the fresh record, not the search hit', async () => {
    getPerson.mockResolvedValue({ ...callaInStardex, current_job_title: 'Technical Recruiter' });
    await click({ menuItemId: 'quick-update' });
    expect(vi.mocked(savePerson).mock.calls[0]![0].patch).toEqual({ company_name: 'Bluefen Insurance' });
  });

  it('"Only fill empty fields" is respected: nothing empty to fill means the review opens', async () => {
    await settingsItem.setValue({
      baseUrl: 'https://api.stardex.ai',
      onlyFillEmpty: true,
      badgeLookup: true,
      reviewOpensIn: 'popup',
    });
    await click({ menuItemId: 'quick-update' });
    expect(savePerson).not.toHaveBeenCalled();
    expect(openReview).toHaveBeenCalledExactlyOnceWith(TAB_ID);
  });

  it('a save Stardex cannot take yet is reported as waiting', async () => {
    vi.mocked(savePerson).mockResolvedValue({
      status: 'queued',
      personId: CALLA_ID,
      fields: ['current_job_title'],
      attempt: { state: 'pending', lastError: null, retryInSeconds: 30 },
    });
    await click({ menuItemId: 'quick-update' });
    expect(notify).toHaveBeenCalledExactlyOnceWith('Waiting to update Stardex', 'Waiting to send - retrying in 30 s');
  });

  it.each<[string, MatchResult]>([
    ['not in Stardex', { status: 'none' }],
    [
      'several people',
      {
        status: 'several',
        persons: [callaInStardex, { ...callaInStardex, id: TWIN_ID }],
      },
    ],
  ])('uncertain match (%s): opens the review and saves nothing', async (_, match) => {
    vi.mocked(matchPerson).mockResolvedValue(match);
    await click({ menuItemId: 'quick-update' });
    expect(savePerson).not.toHaveBeenCalled();
    expect(getPerson).not.toHaveBeenCalled();
    expect(openReview).toHaveBeenCalledExactlyOnceWith(TAB_ID);
    expect(notify).not.toHaveBeenCalled();
  });

  it('nothing to change: opens the review and saves nothing', async () => {
    getPerson.mockResolvedValue({
      ...callaInStardex,
      current_job_title: 'Technical Recruiter',
      current_company_name: 'Bluefen Insurance',
    });
    await click({ menuItemId: 'quick-update' });
    expect(savePerson).not.toHaveBeenCalled();
    expect(openReview).toHaveBeenCalledExactlyOnceWith(TAB_ID);
  });

  it.each<[string, TabProfile, string]>([
    [
      'a non-profile page',
      { kind: 'not-a-profile', reason: 'This is the LinkedIn feed.' },
      'This is the LinkedIn feed.',
    ],
    ['a page still loading', { kind: 'loading', reason: 'The page is still loading.' }, 'The page is still loading.'],
    [
      'a profile without URL',
      { ...pageProfile, fields: { ...pageProfile.fields, url: null } } as TabProfile,
      'The LinkedIn URL of this profile is unknown.',
    ],
  ])('%s: says why and sends nothing', async (_, profile, reason) => {
    vi.mocked(readTabProfile).mockResolvedValue(profile);
    await click({ menuItemId: 'quick-update' });
    expect(matchPerson).not.toHaveBeenCalled();
    expect(savePerson).not.toHaveBeenCalled();
    expect(notify).toHaveBeenCalledExactlyOnceWith('Not updated in Stardex', reason);
  });

  it('errors become a notification instead of an unhandled rejection', async () => {
    vi.mocked(getStardexClient).mockRejectedValue(new MissingApiKeyError('https://api.stardex.ai', null));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(click({ menuItemId: 'quick-update' })).resolves.toBeUndefined();
    expect(notify).toHaveBeenCalledExactlyOnceWith('Stardex', 'Add your Stardex API key in Options first.');
    expect(savePerson).not.toHaveBeenCalled();
  });
});

describe('"Add to Stardex as …"', () => {
  it('writes the cleaned selection into the profile draft, then opens the review and confirms', async () => {
    await click({ menuItemId: 'add-as:workEmail', selectionText: ' jane.doe@example.com ' });
    expect(await readDraft(SLUG)).toMatchObject({ values: { workEmail: 'jane.doe@example.com' }, choices: {} });
    expect(openReview).toHaveBeenCalledExactlyOnceWith(TAB_ID);
    expect(notify).toHaveBeenCalledExactlyOnceWith(
      'Added to the Stardex review',
      'jane.doe@example.com (work email): save it from the review.',
    );
    expect(savePerson).not.toHaveBeenCalled();
  });

  it('adds to an existing draft without losing earlier edits', async () => {
    await writeDraft(SLUG, { ...EMPTY_DRAFT, values: { headline: 'Mine' }, note: 'First.', updatedAt: 1 });
    await click({ menuItemId: 'add-as:title', selectionText: 'Head of Talent' });
    await click({ menuItemId: 'add-as:note', selectionText: 'Second.' });
    expect(await readDraft(SLUG)).toMatchObject({
      values: { headline: 'Mine', title: 'Head of Talent' },
      choices: { title: true },
      note: 'First.\n\nSecond.',
    });
  });

  it('a bad selection is reported and writes nothing', async () => {
    await writeDraft(SLUG, { ...EMPTY_DRAFT, values: { workEmail: 'old@example.com' }, updatedAt: 1 });
    const before = await readDraft(SLUG);
    await click({ menuItemId: 'add-as:workEmail', selectionText: 'not an email' });
    expect(await readDraft(SLUG)).toEqual(before);
    expect(notify).toHaveBeenCalledExactlyOnceWith(
      'Not added',
      'Nothing was added as work email: Enter an email address like name@company.com.',
    );
    expect(openReview).not.toHaveBeenCalled();
  });

  it('a missing selection is reported and writes nothing', async () => {
    await click({ menuItemId: 'add-as:mobilePhone' });
    expect(await readDraft(SLUG)).toBeNull();
    expect(notify).toHaveBeenCalledExactlyOnceWith('Not added', 'Nothing was added: the selection is empty.');
  });

  it('on a page that is not a profile: says why and writes nothing', async () => {
    vi.mocked(readTabProfile).mockResolvedValue({ kind: 'not-a-profile', reason: 'This is a company page.' });
    await click({ menuItemId: 'add-as:company', selectionText: 'Bluefen' });
    expect(notify).toHaveBeenCalledExactlyOnceWith('Not added', 'This is a company page.');
    expect(await fakeBrowser.storage.local.get('drafts')).toEqual({});
    expect(openReview).not.toHaveBeenCalled();
  });

  it('an unknown menu id does nothing', async () => {
    await click({ menuItemId: 'add-as:emails', selectionText: 'jane@example.com' });
    await click({ menuItemId: 'something-else' });
    expect(readTabProfile).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
    expect(openReview).not.toHaveBeenCalled();
  });
});

describe('"Open in Stardex review" on a link', () => {
  it('opens the canonical profile URL next to the tab, then its review once loaded', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const clicked = click({
      menuItemId: 'open-link-review',
      linkUrl: 'https://de.linkedin.com/in/calla-northallen-2da20053/details/experience/?trk=x',
    });
    await vi.waitFor(() => expect(create).toHaveBeenCalledOnce());
    expect(create).toHaveBeenCalledWith({
      url: 'https://www.linkedin.com/in/calla-northallen-2da20053/',
      active: true,
      openerTabId: TAB_ID,
      index: 4,
    });
    const opened = (await create.mock.results[0]!.value) as Browser.tabs.Tab;
    expect(openReviewWindow).not.toHaveBeenCalled();
    await fakeBrowser.tabs.onUpdated.trigger(opened.id!, { status: 'loading' }, opened);
    expect(openReviewWindow).not.toHaveBeenCalled();
    await fakeBrowser.tabs.onUpdated.trigger(opened.id!, { status: 'complete' }, opened);
    await clicked;
    expect(openReviewWindow).toHaveBeenCalledExactlyOnceWith(opened.id);
    expect(openReview).not.toHaveBeenCalled();
  });

  it('a link that is not a profile opens nothing and says so', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await click({ menuItemId: 'open-link-review', linkUrl: 'https://www.linkedin.com/in/me/' });
    expect(create).not.toHaveBeenCalled();
    expect(notify).toHaveBeenCalledExactlyOnceWith(
      'Not a LinkedIn profile',
      'https://www.linkedin.com/in/me/ does not lead to a LinkedIn profile.',
    );
  });
});
