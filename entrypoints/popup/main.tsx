// First: configures zod before any schema is built (see the module).
import '@/lib/zod-config';
import { renderPage } from '@/components/render-page';
import { App } from './App';
import { benchFloorClient } from './bench-floor';

// The toolbar popup is the page without a tab id (see use-review-tab); it alone has a fixed width.
document.body.classList.toggle('toolbar-popup', !new URLSearchParams(location.search).has('tabId'));

// The bench's floor exists only in its own build (see bench-floor.ts); elsewhere this is `false &&`.
const floor = import.meta.env.MODE === 'bench' ? benchFloorClient(location.hash) : null;
renderPage(<App place="popup" />, floor ?? undefined);
