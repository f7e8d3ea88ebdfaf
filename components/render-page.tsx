import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';

/** Renders an extension page (popup, side panel, Options) into its #root, with the one query setup. */
export function renderPage(page: ReactNode): void {
  // Every answer comes from our own background worker, so a failed call is shown, not silently retried.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  createRoot(document.getElementById('root')!).render(
    <QueryClientProvider client={queryClient}>{page}</QueryClientProvider>,
  );
}
