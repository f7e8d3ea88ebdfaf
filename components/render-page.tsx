import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';

/** Every answer comes from our own background worker, so a failed call is shown, not silently retried. */
function pageQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
}

/** Renders an extension page (popup, side panel, Options) into its #root, with the one query setup. */
export function renderPage(page: ReactNode, queryClient = pageQueryClient()): void {
  createRoot(document.getElementById('root')!).render(
    <QueryClientProvider client={queryClient}>{page}</QueryClientProvider>,
  );
}
