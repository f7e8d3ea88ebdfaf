import { defineConfig } from 'wxt';

// Why each permission exists is written in docs/decisions.md; keep both in sync.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep lib/ runnable in Node (scrape command, sandbox, unit tests).
  imports: false,
  manifest: {
    name: 'Stardex for LinkedIn',
    description: 'Review a LinkedIn profile and update the matching person in Stardex.',
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
  },
});
