import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { Spin } from 'antd';
import { InboxScreen } from '../screens/InboxScreen';
import { LoginScreen } from '../screens/LoginScreen';
import { messages } from '../i18n';
import { AppShell } from './AppShell';
import { useSession } from './session';

// Screens with forms carry the domain's schemas and the form controls: loaded when first opened, so the inbox
// comes up sooner on a weak connection.
const DossierScreen = lazy(() => import('../screens/DossierScreen').then((module) => ({ default: module.DossierScreen })));
const SupervisionScreen = lazy(() => import('../screens/SupervisionScreen').then((module) => ({ default: module.SupervisionScreen })));
const AdminScreen = lazy(() => import('../screens/AdminScreen').then((module) => ({ default: module.AdminScreen })));
const OpenDossierScreen = lazy(() => import('../screens/OpenDossierScreen').then((module) => ({ default: module.OpenDossierScreen })));

export function App() {
  const { user } = useSession();
  const location = useLocation();
  useEffect(() => {
    if (!user) document.title = `${messages.login.title} · ${messages.app.name}`;
  }, [user, location]);
  if (!user) return <LoginScreen />;
  return (
    <AppShell>
      <Suspense fallback={<Spin />}>
        <Routes>
          <Route path="/" element={<InboxScreen />} />
          <Route path="/ho-so/:dossierId" element={<DossierScreen />} />
          <Route path="/lap-ho-so" element={<OpenDossierScreen />} />
          <Route path="/giam-sat" element={<SupervisionScreen />} />
          <Route path="/quan-tri" element={<AdminScreen />} />
          <Route path="*" element={<InboxScreen />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}
