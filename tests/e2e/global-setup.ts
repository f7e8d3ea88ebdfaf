import { existsSync } from 'node:fs';
import { extensionDir } from '../../scripts/extension-browser';

export default function globalSetup(): void {
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first (npm test does).`);
  }
}
