/**
 * Renders store/icon.svg to the extension's icons (public/icon/<size>.png) in the Chromium the tests
 * use, so the PNGs always match the one drawing. Run `npm run icons` after changing the SVG.
 * The 128 px icon keeps 16 px of clear space around the mark, as the Chrome Web Store asks; the small
 * ones (toolbar, extensions page) use the whole square so the mark stays legible.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchHeadlessChromium } from '../headless-chromium';

const SIZES: readonly { size: number; padding: number }[] = [
  { size: 16, padding: 0 },
  { size: 32, padding: 0 },
  { size: 48, padding: 0 },
  { size: 128, padding: 16 },
];

const svg = readFileSync(path.resolve('store/icon.svg'));
const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;
const browser = await launchHeadlessChromium();
try {
  for (const { size, padding } of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const mark = size - 2 * padding;
    await page.setContent(
      `<body style="margin:0;background:transparent"><img src="${source}" width="${mark}" height="${mark}" ` +
        `style="display:block;margin:${padding}px"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const file = path.resolve(`public/icon/${size}.png`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`wrote public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
