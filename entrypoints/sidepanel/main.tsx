// First: configures zod before any schema is built (see the module).
import '@/lib/zod-config';
import { renderPage } from '@/components/render-page';
// The side panel is the popup's review, following the window's active tab instead of one tab.
import { App } from '../popup/App';

renderPage(<App place="side-panel" />);
