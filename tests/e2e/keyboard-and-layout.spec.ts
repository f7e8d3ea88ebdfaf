import { expect, type Page } from 'playwright/test';
import { openProfile, openReview, saveSettingsByMessage } from './extension-setup';
import { test, useExtensionEnvironment } from './environment';
import { CALLA_FILE, CALLA_ID, callaInStardex } from './calla';
import { statusText } from './fault-helpers';
import { fieldRow, isPatch } from './safe-updates-helpers';

/**
 * Issue 14 without a mouse: the review is used with the keyboard alone, every control shows where
 * the focus is, status changes are announced once, and the pages fit a narrow panel and 200 % zoom.
 */

const env = useExtensionEnvironment();

/** Calla as Stardex has her: an older job title, so the review offers one change. */
const callaAsInStardex = callaInStardex({ current_job_title: 'Recruiter' });
const NEW_HEADLINE = 'Technical Recruiter for healthcare AI teams';

async function matchedReview(stardexRecord = callaAsInStardex): Promise<Page> {
  env.sandbox.reset([stardexRecord]);
  await saveSettingsByMessage(env.browser, env.sandbox.url);
  const { tabId } = await openProfile(env.browser, CALLA_FILE);
  const review = await openReview(env.browser, tabId);
  await review.setViewportSize({ width: 420, height: 900 });
  await expect(statusText(review)).toHaveText(/^Ready to update \d field\(s\) in Stardex\.$/);
  return review;
}

interface FocusStyle {
  outline: string;
  outlineWidth: number;
  boxShadow: string;
}

interface WalkHelpers {
  /** Every control the user can reach, in page order: enabled, shown, not taken out of the tab order. */
  reachable(): HTMLElement[];
  /** A control as a test finds it: its tag and accessible name. */
  describe(control: Element): string;
  styleOf(control: Element): FocusStyle;
}

/** Puts the helpers the walk uses into the page (again after a reload). */
async function installWalkHelpers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const helpers: WalkHelpers = {
      reachable: () =>
        [...document.querySelectorAll<HTMLElement>('input, textarea, select, button, summary, a[href]')]
          .filter((control) => !(control as HTMLInputElement).disabled && control.tabIndex >= 0)
          // Shown: also not inside a closed <details>, which keeps its content laid out but hidden.
          .filter((control) => control.checkVisibility({ visibilityProperty: true })),
      describe(control) {
        const name =
          control.getAttribute('aria-label') ??
          (control.id ? document.querySelector(`label[for="${control.id}"]`)?.textContent : null) ??
          control.closest('label')?.textContent ??
          control.textContent;
        return `${control.tagName.toLowerCase()} "${(name ?? '').trim()}"`;
      },
      styleOf(control) {
        const style = getComputedStyle(control);
        return {
          outline: `${style.outlineStyle} ${style.outlineColor}`,
          outlineWidth: parseFloat(style.outlineWidth),
          boxShadow: style.boxShadow,
        };
      },
    };
    Object.assign(window, { walkHelpers: helpers });
  });
}

function reachableControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { reachable, describe } = (window as unknown as { walkHelpers: WalkHelpers }).walkHelpers;
    return reachable().map(describe);
  });
}

/** Presses Tab and tells which control took the focus, and how it looks focused and unfocused. */
async function tabToNext(page: Page): Promise<{ focused: string; focusedStyle: FocusStyle; restingStyle: FocusStyle }> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const { describe, styleOf } = (window as unknown as { walkHelpers: WalkHelpers }).walkHelpers;
    const control = document.activeElement as HTMLElement;
    const focusedStyle = styleOf(control);
    // The same control unfocused, for comparison, then focused again where the walk left it.
    control.blur();
    const restingStyle = styleOf(control);
    control.focus();
    return { focused: describe(control), focusedStyle, restingStyle };
  });
}

/** Presses Tab until `target` has the focus, at most once per control. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, controls: number): Promise<void> {
  for (
    let step = 0;
    step < controls && !(await target.evaluate((element) => element === document.activeElement));
    step++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: every control takes the focus in page order with a visible ring; Space ticks, Enter saves', async () => {
  const review = await matchedReview();

  // Each reviewed field's checkbox says which field it sends.
  const labels = await review.locator('.review__label').allTextContents();
  expect(labels).toContain('Headline');
  for (const label of labels) {
    await expect(review.getByRole('checkbox', { name: `Update ${label} in Stardex`, exact: true })).toHaveCount(1);
  }

  await review.bringToFront();
  await installWalkHelpers(review);
  const expected = await reachableControls(review);
  expect(expected).toEqual(
    expect.arrayContaining([
      'textarea "Headline"',
      'input "Update Job title in Stardex"',
      'summary "Contact details"',
      'textarea "Note"',
      'button "Save to Stardex"',
      'button "Link to a different person"',
    ]),
  );
  const walked: string[] = [];
  for (let step = 0; step < expected.length; step++) {
    const { focused, focusedStyle, restingStyle } = await tabToNext(review);
    walked.push(focused);
    expect(focusedStyle.outline, `${focused} shows a focus ring`).not.toMatch(/^none/);
    expect(focusedStyle.outlineWidth, `${focused}'s focus ring is at least 2 px`).toBeGreaterThanOrEqual(2);
    expect(focusedStyle, `${focused} looks different focused`).not.toEqual(restingStyle);
  }
  expect(walked).toEqual(expected);

  // The same walk, now doing the work: type a headline, untick and tick it with Space, save with Enter.
  await review.reload();
  await expect(statusText(review)).toHaveText('Ready to update 1 field(s) in Stardex.');
  const headline = review.getByRole('textbox', { name: 'Headline', exact: true });
  await tabTo(review, headline, expected.length);
  await review.keyboard.press('ControlOrMeta+A');
  await review.keyboard.type(NEW_HEADLINE);
  await expect(statusText(review)).toHaveText('Ready to update 2 field(s) in Stardex.');

  const announced = await watchLiveRegion(review);
  await review.keyboard.press('Tab');
  const headlineBox = review.getByRole('checkbox', { name: 'Update Headline in Stardex' });
  await expect(headlineBox).toBeFocused();
  await review.keyboard.press('Space');
  await expect(headlineBox).not.toBeChecked();
  await expect(statusText(review)).toHaveText('Ready to update 1 field(s) in Stardex.');
  await review.keyboard.press('Space');
  await expect(headlineBox).toBeChecked();
  await expect(statusText(review)).toHaveText('Ready to update 2 field(s) in Stardex.');

  const save = review.getByRole('button', { name: 'Save to Stardex' });
  await tabTo(review, save, expected.length + 1);
  env.sandbox.clearLog();
  await review.keyboard.press('Enter');
  await expect(statusText(review)).toHaveText('Saved to Stardex: updated 2 field(s).');
  expect(
    env.sandbox
      .requests()
      .filter(isPatch)
      .map((request) => request.body),
  ).toEqual([{ linkedin_headline: NEW_HEADLINE, current_job_title: 'Technical Recruiter' }]);
  expect(env.sandbox.person(CALLA_ID)?.linkedin_headline).toBe(NEW_HEADLINE);

  // One polite live region, the same one throughout, and each change in it said once.
  expect(await announced()).toEqual({
    liveRegions: 1,
    sameRegion: true,
    politeness: 'polite',
    said: [
      'Ready to update 1 field(s) in Stardex.',
      'Ready to update 2 field(s) in Stardex.',
      'Saving to Stardex…',
      'Saved to Stardex: updated 2 field(s).',
    ],
  });
});

/** Records what the page's live region says from now on, one entry per change a screen reader hears. */
async function watchLiveRegion(page: Page) {
  await page.evaluate(() => {
    const region = document.querySelector('[role="status"]')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(region.querySelector(':scope > span')?.textContent ?? '')).observe(region, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    Object.assign(window, { liveRegionWatch: { region, said } });
  });
  return () =>
    page.evaluate(() => {
      const { region, said } = (window as unknown as { liveRegionWatch: { region: Element; said: string[] } })
        .liveRegionWatch;
      return {
        liveRegions: document.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"], output')
          .length,
        sameRegion: region.isConnected && region === document.querySelector('[role="status"]'),
        politeness: region.getAttribute('aria-live'),
        said,
      };
    });
}

test('a long headline is shown whole, on the page side and in the Stardex column', async () => {
  const longHeadline =
    'Technical Recruiter for healthcare AI teams · Building diverse engineering, data science and clinical informatics teams across Oregon, Washington and remote';
  const review = await matchedReview(callaInStardex({ linkedin_headline: `${longHeadline} (2023)` }));
  // Pasted with a line break, it is still one line.
  await review.getByLabel('Headline', { exact: true }).fill(longHeadline.replace(' · Building', '\n· Building'));
  const shownWhole = (element: HTMLElement) =>
    element.scrollHeight <= element.clientHeight + 1 && element.scrollWidth <= element.clientWidth + 1;
  await expect(review.getByLabel('Headline', { exact: true })).toHaveValue(longHeadline);
  expect(await review.getByLabel('Headline', { exact: true }).evaluate(shownWhole)).toBe(true);
  const stardexValue = fieldRow(review, 'headline').locator('.review__current');
  await expect(stardexValue).toHaveText(`${longHeadline} (2023)`);
  expect(await stardexValue.evaluate(shownWhole)).toBe(true);
});

/** Nothing scrolls sideways and every control lies inside the page's width. */
async function expectFitsWidth(page: Page, what: string): Promise<void> {
  const layout = await page.evaluate(() => {
    const root = document.scrollingElement!;
    const controls = [...document.querySelectorAll<HTMLElement>('input, textarea, select, button, summary')];
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      outside: controls
        .filter((control) => control.checkVisibility({ visibilityProperty: true }))
        .filter((control) => {
          const box = control.getBoundingClientRect();
          return box.left < 0 || box.right > root.clientWidth;
        })
        .map((control) => control.outerHTML.slice(0, 80)),
      controls: controls.length,
    };
  });
  expect(layout.controls, what).toBeGreaterThan(0);
  expect(layout.scrollWidth, `${what}: no sideways scrolling`).toBeLessThanOrEqual(layout.clientWidth);
  expect(layout.outside, `${what}: controls outside the page`).toEqual([]);
}

test('a 360 px panel and 200 % zoom show the review and Options without sideways scrolling', async () => {
  const review = await matchedReview();
  // Everything the review can show at once: contact fields and the person search open too.
  await review.getByText('Contact details').click();
  await review.getByRole('button', { name: 'Link to a different person' }).click();
  await expect(review.getByLabel('Find in Stardex (name or email)')).toBeVisible();
  const options = await env.browser.openExtensionPage('options.html');
  await options.getByText('Remove the API key or all saved data').click();

  for (const page of [review, options]) {
    await page.setViewportSize({ width: 360, height: 900 });
    await expectFitsWidth(page, `${page.url()} at 360 px`);
    // 200 % zoom of a 720 px wide window: 360 CSS px at two device pixels each.
    const cdp = await env.browser.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 360,
      height: 900,
      deviceScaleFactor: 2,
      mobile: false,
    });
    await expectFitsWidth(page, `${page.url()} at 200 %`);
    await cdp.send('Emulation.clearDeviceMetricsOverride');
  }

  // The toolbar popup (no tab id) sizes Chrome's popup, at most 800 px: at 200 % its 400 CSS px just fit.
  const toolbarPopup = await env.browser.openExtensionPage('popup.html');
  await expect(toolbarPopup.getByRole('main')).toHaveJSProperty('offsetWidth', 400);
});
