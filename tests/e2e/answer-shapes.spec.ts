import { expect } from 'playwright/test';
import { CALLA_FILE, CALLA_ID } from './calla';
import { configureExtension, openProfile, openReview } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';
import {
  callaAsInStardex,
  clearSandboxFaults,
  clickSave,
  expectAppliedExactlyOnce,
  NEW_HEADLINE,
  patchesOf,
  PERSON_PATH,
  statusText,
  storedOutbox,
  globalBadge,
} from './fault-helpers';
import { isCreate, personsWithLinkedinUrl } from './safe-updates-helpers';
import { ANSWER_STYLES, type AnswerStyle } from '../../scripts/stardex-sandbox/answer-styles';
import type { ExtensionBrowser } from '../../scripts/extension-browser';

/**
 * The save path (search, get, PATCH, note, create) of the built extension against each documented
 * form of Stardex's success answers (docs/stardex-answers.md), and a PATCH whose 2xx answer cannot
 * be read. The not-applied case of the latter is in faults.spec.ts (it is a row of the fault table).
 */

const ILSE_FILE = '09-guest.html';
const ILSE_URL = 'https://www.linkedin.com/in/ilse-rookhaven-6ca71c91d/';
const ILSE_HEADLINE = 'Customer Success Manager at Fernhollow Foods | Cloud | FinTech | Leadership';
const NOTE = 'Met at the Pinecrest meetup';
const READ_BACK_NOTICE =
  "Stardex's answer could not be read, so the person was read back: it shows linkedin_headline, current_job_title as sent.";

const env = useExtensionEnvironment();
test.afterEach(async () => {
  await clearSandboxFaults(env.sandbox);
});

/** Calla's review with the headline edited (and a note, when given), every answer in `style`. */
async function reviewCalla(browser: ExtensionBrowser, style: AnswerStyle, note?: string) {
  env.sandbox.reset([callaAsInStardex]);
  env.sandbox.setAnswerStyle(style);
  const extensionPage = await configureExtension(browser, env.sandbox.url);
  await expect(extensionPage.getByRole('status')).toContainText('Stardex accepted the API key');
  const { tabId } = await openProfile(browser, CALLA_FILE);
  const popup = await openReview(browser, tabId);
  await expect(popup.getByText('In Stardex: Calla Northallen')).toBeVisible();
  await popup.getByLabel('Headline', { exact: true }).fill(NEW_HEADLINE);
  if (note) await popup.getByLabel('Note').fill(note);
  env.sandbox.clearLog();
  return { popup, extensionPage };
}

for (const style of ANSWER_STYLES) {
  test(`${style} answers: search, get, PATCH and note of a save, then a create, each done once`, async () => {
    const { popup, extensionPage } = await reviewCalla(env.browser, style, NOTE);
    await clickSave(popup);
    // Only answers without a body need the person read back, and the user is told so.
    const notice = style === 'no-body' ? ` ${READ_BACK_NOTICE}` : '';
    await expect(statusText(popup)).toHaveText(`Saved to Stardex: updated 3 field(s).${notice}`);
    await expectAppliedExactlyOnce(env.sandbox);
    expect(patchesOf(env.sandbox).map((r) => r.status)).toEqual([style === 'no-body' ? 204 : 200]);
    const notes = env.sandbox.requests().filter((r) => r.path === '/v1/person-activities');
    expect(notes).toHaveLength(1);
    expect(
      env.sandbox.person(CALLA_ID)?.activities.map(({ activity_type, activity_content }) => ({
        activity_type,
        activity_content,
      })),
    ).toEqual([{ activity_type: 'secondary_note', activity_content: NOTE }]);
    expect(await storedOutbox(extensionPage)).toEqual([]);

    // Create: a person not in Stardex yet, then the headline create cannot carry as a PATCH.
    const { tabId } = await openProfile(env.browser, ILSE_FILE);
    const review = await openReview(env.browser, tabId);
    await expect(review.getByRole('status')).toContainText('Not in Stardex');
    env.sandbox.clearLog();
    await review.getByRole('button', { name: 'Create in Stardex' }).click();
    // A create answered without a body gives no id: the search after it finds the one it made.
    await expect(review.getByRole('status')).toHaveText(
      style === 'no-body'
        ? 'Created in Stardex (the answer was lost, the search found it).'
        : 'Created Ilse Rookhaven in Stardex.',
    );
    await expect(review.getByText('In Stardex: Ilse Rookhaven')).toBeVisible();
    expect(env.sandbox.requests().filter(isCreate)).toHaveLength(1);
    const persons = await personsWithLinkedinUrl(env.sandbox, ILSE_URL);
    expect(persons).toHaveLength(1);
    await expect.poll(() => env.sandbox.person(persons[0]!.id)?.linkedin_headline).toBe(ILSE_HEADLINE);
    expect(env.sandbox.requests().filter((r) => r.method === 'PATCH')).toHaveLength(1);
    await expect.poll(() => storedOutbox(extensionPage)).toEqual([]);
    await expect.poll(() => globalBadge(extensionPage)).toBe('');
  });
}

test.describe('a 2xx PATCH answer that cannot be read, the PATCH applied', () => {
  for (const [name, fault] of [
    ['cut-off JSON', { kind: 'malformed-json' }],
    ['an HTML page with status 200', { kind: 'html', status: 200 }],
  ] as const) {
    test(`${name}: read back, shown as saved, exactly one PATCH`, async () => {
      const { popup, extensionPage } = await reviewCalla(env.browser, 'v1');
      env.sandbox.addFaults({ method: 'PATCH', path: PERSON_PATH, apply: true, ...fault });
      await clickSave(popup);
      await expect(statusText(popup)).toHaveText(`Saved to Stardex: updated 2 field(s). ${READ_BACK_NOTICE}`);
      await expectAppliedExactlyOnce(env.sandbox);
      expect(patchesOf(env.sandbox)).toHaveLength(1);
      // The deliver pass's check before the PATCH, then the read-back after it (the popup's refresh may follow).
      const onCalla = env.sandbox.requests().filter((r) => r.path === PERSON_PATH);
      expect(onCalla.slice(0, 3).map((r) => r.method)).toEqual(['GET', 'PATCH', 'GET']);
      expect(await storedOutbox(extensionPage)).toEqual([]);
      await expect.poll(() => globalBadge(extensionPage)).toBe('');
    });
  }
});
