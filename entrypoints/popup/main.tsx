// First: configures zod before any schema is built (see the module).
import '@/lib/zod-config';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import '@/components/styles.css';
import { App } from './App';

// Every answer comes from our own background worker, so a failed call is shown, not silently retried.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });

// The toolbar popup is the page without a tab id (see use-review-tab); it alone has a fixed width.
document.body.classList.toggle('toolbar-popup', !new URLSearchParams(location.search).has('tabId'));

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <App />
  </QueryClientProvider>,
);
