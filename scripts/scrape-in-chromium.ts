/**
 * Running the built extractor on a saved page the way the extension runs it on a LinkedIn tab:
 * the page is served at its own URL (its scripts run, every other request is answered empty or
 * refused, as in the real-browser tests), and the bundle is evaluated once in an isolated world, where
 * page scripts cannot see or change it, and its completion value awaited, like `scripting.executeScript`
 * does (lib/linkedin/extractor-answer.ts).
 */
import type { Browser, Page } from 'playwright';
import { extractorAnswer, type ExtractorAnswer } from '../lib/linkedin/extractor-answer';

const LINKEDIN = /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//;

async function serve(page: Page, url: string, html: string): Promise<void> {
  // As the browser requests it: the hash never reaches the network, and a slug with non-ASCII letters
  // is percent-encoded whether the URL spelled it raw or encoded.
  const documentUrl = new URL(url).href.split('#')[0];
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested === documentUrl) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    return LINKEDIN.test(requested) ? route.fulfill({ status: 204, body: '' }) : route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
}

/**
 * Evaluates `script` in the isolated world and awaits its completion value; an exception becomes
 * an Error with its message.
 */
async function evaluateIn(page: Page, contextId: number, script: string): Promise<unknown> {
  const session = await page.context().newCDPSession(page);
  const answer = await session.send('Runtime.evaluate', {
    expression: script,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  });
  await session.detach();
  if (answer.exceptionDetails) {
    const description = answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text;
    throw new Error(description);
  }
  return answer.result.value;
}

async function createIsolatedWorld(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  const { frameTree } = await session.send('Page.getFrameTree');
  const { executionContextId } = await session.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'stardex-scrape',
  });
  await session.detach();
  return executionContextId;
}

/** The extractor's answer for `html` shown at `url`, exactly what the popup would receive from the tab. */
export async function readInIsolatedWorld(
  browser: Browser,
  { html, url, bundle }: { html: string; url: string; bundle: string },
): Promise<ExtractorAnswer> {
  const page = await browser.newPage();
  try {
    await serve(page, url, html);
    const world = await createIsolatedWorld(page);
    return extractorAnswer(await evaluateIn(page, world, bundle)) as ExtractorAnswer;
  } finally {
    await page.close();
  }
}

/** The URLs a saved page names for itself, parsed by the browser's own HTML parser. */
export async function urlsNamedByPage(
  browser: Browser,
  html: string,
): Promise<{ canonical: string | null; ogUrl: string | null }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate((source) => {
      const parsed = new DOMParser().parseFromString(source, 'text/html');
      return {
        canonical: parsed.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
        ogUrl: parsed.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null,
      };
    }, html);
  } finally {
    await page.close();
  }
}
