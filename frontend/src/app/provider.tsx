import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ReloginFormContext } from '@/components/ui/relogin-form';
import { ApiError } from '@/lib/api-client';
import { i18n } from '@/lib/i18n';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change by asking again; a network failure or 5xx may.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
    },
  });
}

// The "session expired" dialog's login form, loaded only when a session runs out while editing.
const LoginForm = lazy(() => import('@/features/auth/components/login-form').then((m) => ({ default: m.LoginForm })));
const renderReloginForm = (onLoggedIn: () => void) => <LoginForm onLoggedIn={onLoggedIn} />;

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <ReloginFormContext value={renderReloginForm}>{children}</ReloginFormContext>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
