import { existsSync } from 'node:fs';
import { firefoxExtensionDir, firefoxPath } from './firefox-browser';

export default function globalSetup(): void {
  if (!existsSync(`${firefoxExtensionDir}/manifest.json`)) {
    throw new Error(`No Firefox build in ${firefoxExtensionDir}: run "npm run build:firefox" first (npm test does).`);
  }
  if (!existsSync(firefoxPath)) {
    throw new Error(
      `No Firefox at ${firefoxPath}: install Debian's firefox-esr or set FIREFOX_PATH (npm test installs it when run as root).`,
    );
  }
}
