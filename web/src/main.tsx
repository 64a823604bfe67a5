import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app/App';
import { SessionProvider } from './app/session';
import { signInPaths } from './app/sign-in/paths';
import './styles.css';

const queries = new QueryClient({
  defaultOptions: {
    // A weak connection: keep what was read, retry reads twice, never refetch just because the window got focus.
    queries: { staleTime: 30_000, retry: 2, refetchOnWindowFocus: false },
    // A submission made offline goes to the outbox (offline/outbox.ts) at once: TanStack must not hold it back itself.
    mutations: { retry: false, networkMode: 'always' },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('no #root in index.html');
if (window.location.pathname === signInPaths.silent) {
  // The hidden frame of a silent OIDC sign-in: it hands the provider's answer to the console page, and shows nothing.
  void import('./app/sign-in/oidc-sign-in').then(({ completeSilentSignIn }) => completeSilentSignIn());
} else {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queries}>
        <SessionProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </SessionProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

// The app shell is kept by a service worker (web/public/sw.js), so that the console opens without a connection.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js'));
}
