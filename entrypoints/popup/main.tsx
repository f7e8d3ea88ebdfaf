// First: configures zod before any schema is built (see the module).
import '@/lib/zod-config';
import { pageQueryClient, renderPage } from '@/components/render-page';
import { App } from './App';
import { benchFloorClient } from './bench-floor';
import { prefetchReview } from './review-queries';

// The bench's floor exists only in its own build (see bench-floor.ts); elsewhere this is `false &&`.
const floor = import.meta.env.MODE === 'bench' ? benchFloorClient(location.hash) : null;
const client = floor ?? pageQueryClient();
// Failures are not lost: App asks the same questions and shows their errors.
if (!floor) void prefetchReview(client).catch(() => undefined);
renderPage(<App place="popup" />, client);
