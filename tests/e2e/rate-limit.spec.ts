import { expect } from 'playwright/test';
import type { Envelope } from '../../lib/messaging/protocol';
import type { SeedPerson } from '../../scripts/stardex-sandbox/server';
import { openProfile, openReview, saveSettingsByMessage } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';
import { CALLA_FILE, callaInStardex } from './calla';
import {
  clearSandboxFaults,
  clickSave,
  expectAppliedExactlyOnce,
  patchesOf,
  PERSON_PATH,
  pendingEntry,
  reviewWithEditedHeadline,
  statusText,
  storedOutbox,
} from './fault-helpers';

/**
 * The sandbox enforces Stardex's documented 60 requests per minute per key (a 429 past it); the
 * extension paces itself to the same window.
 */
const env = useExtensionEnvironment();

test.afterEach(async () => {
  await clearSandboxFaults(env.sandbox);
});

test('a popup whose lookup was held back by the rate limit looks again by itself when the wait ends', async () => {
  test.setTimeout(90_000);
  env.sandbox.reset([callaInStardex()]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  // The next search (the badge's or the popup's) is refused with a pause longer than a request is held
  // open, so the popup's lookup is refused: by Stardex, or by the extension honouring Stardex's pause.
  env.sandbox.addFaults({ method: 'POST', path: '/v1/persons/search', kind: 'status', status: 429, retryAfter: 15 });
  const { tabId } = await openProfile(env.browser, CALLA_FILE);
  const popup = await openReview(env.browser, tabId);

  await expect(popup.getByRole('status')).toContainText(
    /Held back by the Stardex rate limit: looking again .* in \d+ s/,
  );
  await expect(popup.getByText('In Stardex: Calla Northallen')).toBeVisible({ timeout: 30_000 });
  await expect(popup.getByRole('status')).toContainText('Nothing to update');
});

test('a day-long Retry-After is cut to an hour, said in minutes, and "Retry now" sends at once', async () => {
  const { popup, extensionPage } = await reviewWithEditedHeadline(env.browser, env.sandbox);
  env.sandbox.addFaults({ method: 'PATCH', path: PERSON_PATH, kind: 'status', status: 429, retryAfter: 86_400 });
  await clickSave(popup);
  await expect(statusText(popup)).toHaveText(
    'Kept in the outbox, not yet in Stardex. Stardex is rate-limiting: retrying in 60 min',
  );
  await expect(pendingEntry(popup)).toContainText('retrying in 60 min');
  expect(await storedOutbox(extensionPage)).toMatchObject([{ state: 'pending', attempts: 1 }]);

  // The way out: the user's "Retry now" goes to Stardex despite the pause, and this time it is accepted.
  await pendingEntry(popup).getByRole('button', { name: 'Retry now' }).click();
  await expectAppliedExactlyOnce(env.sandbox);
  expect(patchesOf(env.sandbox)).toHaveLength(2);
  await expect.poll(() => storedOutbox(extensionPage)).toEqual([]);
});

const BURST = 40;
const burstPerson = (n: number): SeedPerson => {
  const nn = String(n).padStart(2, '0');
  const slug = `burst-person-${nn}-5c0ffee${nn}`;
  return {
    id: `00000000-0000-4000-8000-0000000000${nn}`,
    name: `Burst Person ${nn}`,
    linkedin_public_id: slug,
    linkedin_url: `https://www.linkedin.com/in/${slug}/`,
    linkedin_headline: 'Old headline',
  };
};
const headlineFor = (person: SeedPerson) => `New headline for ${person.name}`;

test('a burst of 40 saves for 40 people under 60 requests a minute: each applied once to its own person', async () => {
  test.setTimeout(180_000);
  const persons = Array.from({ length: BURST }, (_, i) => burstPerson(i + 1));
  env.sandbox.reset(persons);
  const page = await saveSettingsByMessage(env.browser, env.sandbox.url);
  env.sandbox.clearLog();
  const started = Date.now();

  // Exactly what the popup sends on "Save to Stardex" (tabId null: the save does not come from a tab).
  const saves = persons.map((person) => ({
    type: 'person/save',
    tabId: null,
    personId: person.id,
    personName: person.name,
    linkedinUrl: person.linkedin_url,
    patch: { linkedin_headline: headlineFor(person) },
    note: null,
  }));
  const answers = (await page.evaluate(
    (requests) => Promise.all(requests.map((request) => chrome.runtime.sendMessage(request))),
    saves,
  )) as Envelope[];
  expect(answers.map((answer) => answer.ok)).toEqual(saves.map(() => true));

  // While the saves wait for the window, the user keeps looking at profiles: 100 lookups (what the
  // popup and the badge send) that the limit holds back. None may take a slot from the saves.
  const lookups = (await page.evaluate(
    (urls) => Promise.all(urls.map((url) => chrome.runtime.sendMessage({ type: 'person/match', linkedinUrl: url }))),
    Array.from({ length: 100 }, (_, i) => persons[i % BURST]!.linkedin_url!),
  )) as Envelope[];
  expect(lookups.filter((answer) => !answer.ok).length).toBeGreaterThan(90);

  // 80 requests (a GET and a PATCH each) at 60 a minute take just over a minute. Two minutes leave
  // room for a slow machine, not for a limiter that lets refused requests crowd out the saves.
  await expect
    .poll(
      () => persons.filter((person) => env.sandbox.person(person.id)?.linkedin_headline === headlineFor(person)).length,
      { timeout: 120_000, intervals: [2_000], message: 'every save reaches its person' },
    )
    .toBe(BURST);
  await expect.poll(() => storedOutbox(page), { message: 'nothing left pending' }).toEqual([]);

  const patches = env.sandbox.requests().filter((r) => r.method === 'PATCH');
  for (const person of persons) {
    const applied = patches.filter((r) => r.path === `/v1/persons/${person.id}` && r.status === 200);
    expect(applied, person.name).toHaveLength(1);
    expect(applied[0]!.body).toEqual({ linkedin_headline: headlineFor(person) });
  }
  expect(patches.filter((r) => r.status === 200)).toHaveLength(BURST);
  const refused = env.sandbox.requests().filter((r) => r.status === 429).length;
  console.log(
    `burst: ${BURST} saves applied in ${Math.round((Date.now() - started) / 1000)} s, ` +
      `${env.sandbox.requests().length} requests, ${refused} answered 429`,
  );
});
