import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { InboxScreen } from '../screens/InboxScreen';
import { LoginScreen } from '../screens/LoginScreen';
import { messages } from '../i18n';
import { OutboxPanel } from '../offline/OutboxPanel';
import { isRole } from '../../../domain/roles';
import { AppShell, homeOf } from './AppShell';
import { OnlineBanner } from './OnlineBanner';
import { loadScreens } from './load-screens';
import { useSession } from './session';
import { isSignInPath } from './sign-in/paths';

// Everything past the inbox, with the component library it is built on (app/AntdScreens.tsx).
const AntdScreens = lazy(loadScreens);
// A page opened directly needs them at once; the sign-in's own addresses end on the inbox.
if (window.location.pathname !== '/' && !isSignInPath(window.location.pathname)) void loadScreens();

export function App() {
  const { user, method } = useSession();
  const location = useLocation();
  useEffect(() => {
    if (!user) document.title = `${messages.login.title} · ${messages.app.name}`;
  }, [user, location]);
  if (!user) {
    // Signed out, or a sign-in not yet renewed (offline after a reload): what waits in the outbox is still shown.
    return (
      <>
        <OnlineBanner />
        <OutboxPanel />
        <LoginScreen />
      </>
    );
  }
  const home = homeOf(isRole(user.role) ? user.role : undefined);
  return (
    <AppShell>
      <Routes>
        <Route path="/" element={home === '/' ? <InboxScreen /> : <Navigate to={home} replace />} />
        {/* Back from the provider (/auth/callback), signed in: on to the page it left from. */}
        <Route path="/auth/*" element={<Navigate to={method?.mode === 'oidc' ? method.returnTo() : home} replace />} />
        <Route
          path="*"
          element={
            <Suspense fallback={<div className="loading" role="status">{messages.loading}</div>}>
              <AntdScreens />
            </Suspense>
          }
        />
      </Routes>
    </AppShell>
  );
}
