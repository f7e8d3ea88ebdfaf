/**
 * The Chromium every command-line tool and the real-browser tests run (Debian's, or CHROMIUM_PATH),
 * and the built extractor they read pages with.
 */
import { chromium, type Browser } from 'playwright';
import { EXTRACTOR_FILE } from '../lib/linkedin/extractor-answer';
import { BROWSERS } from './setup/prepare.mjs';

export const chromiumPath = BROWSERS.chromium.path;

/** Written by `npm run build`; the background runs this same file in LinkedIn tabs. */
export const BUILT_EXTRACTOR = `.output/chrome-mv3${EXTRACTOR_FILE}`;

/** Headless, with no background traffic of Chromium's own, so only the pages' requests happen. */
export function launchHeadlessChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
