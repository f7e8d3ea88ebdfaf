// First: configures zod before any schema is built (see the module).
import '@/lib/zod-config';
import { renderPage } from '@/components/render-page';
import { OptionsApp } from './OptionsApp';

renderPage(<OptionsApp />);
