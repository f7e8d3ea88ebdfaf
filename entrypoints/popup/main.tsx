// First: configures zod before any schema is built (see the module).
import '@/lib/zod-config';
import { renderPage } from '@/components/render-page';
import { App } from './App';

renderPage(<App place="popup" />);
