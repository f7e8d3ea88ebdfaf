import { expect } from 'playwright/test';
import { test, useExtensionEnvironment } from './environment';
import { linkedinTabId, openLinkedinPage, readLinkedinFixture, readProfileFromTab } from './linkedin-pages';

const env = useExtensionEnvironment();

test('a German profile is read in the browser', async () => {
  await openLinkedinPage(
    env.browser,
    'https://www.linkedin.com/in/wiebke-muhlenkamp-21bc4954/',
    '06-localized-de.html',
  );
  const extensionPage = await env.browser.openExtensionPage('popup.html');

  const answer = await readProfileFromTab(extensionPage, await linkedinTabId(env.browser));

  expect(answer).toMatchObject({
    kind: 'profile',
    fields: {
      url: 'https://www.linkedin.com/in/wiebke-muhlenkamp-21bc4954/',
      name: 'Wiebke Mühlenkamp',
      location: 'Metropolregion Rotherbaum',
      title: 'Data Scientist',
      company: 'Nordhafen Systemtechnik GmbH',
    },
    missing: [],
  });
});

test('the feed answers not-a-profile', async () => {
  await openLinkedinPage(env.browser, 'https://www.linkedin.com/feed/', '20-feed.html');
  const extensionPage = await env.browser.openExtensionPage('popup.html');

  const answer = await readProfileFromTab(extensionPage, await linkedinTabId(env.browser));

  expect(answer.kind).toBe('not-a-profile');
  expect(answer.kind === 'not-a-profile' && answer.reason).toContain('feed');
});

test('the sign-in wall answers not-a-profile', async () => {
  await openLinkedinPage(env.browser, 'https://www.linkedin.com/authwall?trk=bf', '10-authwall.html');
  const extensionPage = await env.browser.openExtensionPage('popup.html');

  const answer = await readProfileFromTab(extensionPage, await linkedinTabId(env.browser));

  expect(answer).toMatchObject({ kind: 'not-a-profile', reason: expect.stringContaining('sign-in') });
});

test('in-page navigation from A to B never answers with A', async () => {
  const profileBUrl = 'https://www.linkedin.com/in/katrin-quennerby-ea93508d/';
  const page = await openLinkedinPage(
    env.browser,
    'https://www.linkedin.com/in/calla-northallen-2da20053/',
    '01-layout2025-full.html',
  );
  const extensionPage = await env.browser.openExtensionPage('popup.html');
  const tabId = await linkedinTabId(env.browser);

  // What LinkedIn does: the URL changes at once, the DOM is replaced later; the embedded JSON stays A's.
  await page.evaluate(
    ({ url, mainHtml }) => {
      history.pushState({}, '', url);
      setTimeout(() => {
        document.querySelector('main')!.outerHTML = mainHtml;
      }, 800);
    },
    { url: profileBUrl, mainHtml: readLinkedinFixture('40-spa-b-main.html') },
  );
  const readDuringNavigation = await readProfileFromTab(extensionPage, tabId);

  expect(JSON.stringify(readDuringNavigation)).not.toMatch(/Calla|Northallen|Bluefen/);
  expect(['loading', 'profile']).toContain(readDuringNavigation.kind);
  if (readDuringNavigation.kind === 'profile') expect(readDuringNavigation.fields.name).toBe('Katrin Quennerby');

  await expect(page.locator('main h1')).toHaveText('Katrin Quennerby');
  const readAfterSwap = await readProfileFromTab(extensionPage, tabId);
  expect(readAfterSwap).toMatchObject({
    kind: 'profile',
    fields: { url: profileBUrl, name: 'Katrin Quennerby', title: 'QA Engineer', company: 'Nettlebrook Pharma' },
  });
});

test('a read answers loading when the DOM never shows the new profile', async () => {
  const page = await openLinkedinPage(
    env.browser,
    'https://www.linkedin.com/in/calla-northallen-2da20053/',
    '01-layout2025-full.html',
  );
  const extensionPage = await env.browser.openExtensionPage('popup.html');
  const tabId = await linkedinTabId(env.browser);

  await page.evaluate(() => history.pushState({}, '', '/in/katrin-quennerby-ea93508d/'));
  const answer = await readProfileFromTab(extensionPage, tabId);

  expect(answer.kind).toBe('loading');
  expect(JSON.stringify(answer)).not.toContain('Calla');
});
