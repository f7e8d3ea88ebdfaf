import { defineConfig } from 'wxt';
import { zodWithoutEval } from './scripts/build/zod-without-eval';

// Why each permission exists is written in docs/decisions.md; keep both in sync.
export default defineConfig({
  // i18n: the words of failures, queued saves, the badge and notifications come from locales/en.yml.
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // Explicit imports keep lib/ runnable in Node (scrape command, sandbox, unit tests).
  imports: false,
  // Firefox too: WXT would otherwise build Firefox as Manifest V2.
  manifestVersion: 3,
  vite: ({ mode }) => ({
    plugins: [zodWithoutEval()],
    // `wxt build --mode bench` (npm run bench's floor, entrypoints/popup/bench-floor.ts) is a production
    // build in all else: WXT would set NODE_ENV to the mode's name, which gives React's development build.
    // (npm run bench also runs it with NODE_ENV=production, for the production JSX transform.)
    ...(mode === 'bench' ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}),
  }),
  manifest: ({ browser }) => ({
    name: 'Stardex for LinkedIn',
    description: 'Review a LinkedIn profile and update the matching person in Stardex.',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'alarms', 'scripting', 'notifications'],
    // No optional host permissions: another base URL is reached through CORS, so access to it would add nothing.
    host_permissions: ['https://*.linkedin.com/*', 'https://api.stardex.ai/*'],
    action: { default_title: 'Review in Stardex' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+S', mac: 'Alt+Shift+S' },
        description: 'Review this LinkedIn profile for Stardex',
      },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
  zip: {
    // The sources zip addons.mozilla.org asks for: what `npm ci && npm run build:firefox` needs, nothing else.
    excludeSources: ['demo-output/**', 'test-results/**'],
  },
});

/**
 * addons.mozilla.org needs a fixed id, and of new add-ons the data they send away. 140 is the first
 * Firefox (and ESR) that knows `data_collection_permissions`; older ones would install without asking.
 * What is sent: the profile's person data and page content, and (badge lookup) which profiles are visited.
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'linkedin@stardex.ai',
    strict_min_version: '140.0',
    data_collection_permissions: {
      required: ['personallyIdentifyingInfo', 'websiteContent', 'browsingActivity'],
    },
  },
  // Firefox for Android learnt `data_collection_permissions` only in 142.
  gecko_android: { strict_min_version: '142.0' },
};
