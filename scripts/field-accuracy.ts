/**
 * npm run accuracy (after `npm run build`)
 *
 * Field accuracy per layout family on the fixture corpus, read the way `npm run scrape` and the
 * extension read a page (the built extractor in headless Chromium). A profile page counts its eight
 * fields, a page that is not a profile counts one "field": refused with the expected reason.
 * Reports only; the tests are what fail.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROFILE_FIELDS, type ProfileFields } from '../lib/linkedin/types';
import { peopleListLayout } from '../lib/people-lists/list-page';
import { BUILT_EXTRACTOR, launchHeadlessChromium } from './headless-chromium';
import { readInIsolatedWorld } from './scrape-in-chromium';

const FIXTURES_DIR = 'tests/fixtures/linkedin';

interface FixtureCase {
  file: string;
  family: string;
  url: string;
  expected?: ProfileFields;
  reasonKeyword?: string;
}

interface Tally {
  pages: number;
  correct: number;
  total: number;
  wrong: string[];
}

const cases = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'cases.json'), 'utf8')) as FixtureCase[];
const bundle = readFileSync(BUILT_EXTRACTOR, 'utf8');
const browser = await launchHeadlessChromium();
const families = new Map<string, Tally>();
try {
  for (const fixture of cases) {
    const html = readFileSync(path.join(FIXTURES_DIR, fixture.file), 'utf8');
    const answer = await readInIsolatedWorld(browser, { html, url: fixture.url, bundle });
    const tally = families.get(fixture.family) ?? { pages: 0, correct: 0, total: 0, wrong: [] };
    tally.pages++;
    if (fixture.expected) {
      for (const field of PROFILE_FIELDS) {
        tally.total++;
        if (answer.kind === 'profile' && answer.fields[field] === fixture.expected[field]) tally.correct++;
        else tally.wrong.push(`${fixture.file} ${field}`);
      }
    } else {
      tally.total++;
      // A list page (a people search) is read as its list of people (tests/fixtures/linkedin/lists/), not refused.
      const refusedRightly = peopleListLayout(fixture.url)
        ? answer.kind === 'list'
        : answer.kind === 'not-a-profile' && answer.reason.includes(fixture.reasonKeyword ?? '');
      if (refusedRightly) tally.correct++;
      else tally.wrong.push(`${fixture.file} refusal`);
    }
    families.set(fixture.family, tally);
  }
} finally {
  await browser.close();
}
for (const [family, { pages, correct, total, wrong }] of families) {
  const share = ((100 * correct) / total).toFixed(1);
  console.log(`${family.padEnd(20)} ${String(pages).padStart(2)} pages  ${correct}/${total} fields  ${share}%`);
  for (const miss of wrong) console.log(`  wrong: ${miss}`);
}
