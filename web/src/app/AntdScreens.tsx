import { CloseCircleFilled, CloseOutlined, DownOutlined } from '@ant-design/icons';
import { ConfigProvider, Spin } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';

dayjs.locale('vi');

// Each screen is loaded when first opened: a dossier page never waits for the administrators' code.
const DossierScreen = lazy(() => import('../screens/DossierScreen').then((module) => ({ default: module.DossierScreen })));
const SupervisionScreen = lazy(() => import('../screens/SupervisionScreen').then((module) => ({ default: module.SupervisionScreen })));
const AdminScreen = lazy(() => import('../screens/AdminScreen').then((module) => ({ default: module.AdminScreen })));
const OpenDossierScreen = lazy(() => import('../screens/OpenDossierScreen').then((module) => ({ default: module.OpenDossierScreen })));

/**
 * The screens with forms, charts and documents, built on Ant Design in Vietnamese (`vi_VN`, dates dd/mm/yyyy). This
 * module and the library come after the first screen (the inbox, in plain elements), so that an officer on a weak
 * link sees their work before the library has arrived.
 */
export default function AntdScreens() {
  return (
    <ConfigProvider
      locale={viVN}
      // A blue primary: red in a form reads as an error.
      // Secondary text, descriptions, the "processing" and "success" tags, a field's error message, a button busy
      // sending darkened to a 4.5:1 contrast (WCAG AA): Ant Design's defaults fall short on white.
      theme={{
        token: {
          colorPrimary: '#0b4f9c',
          colorInfo: '#0b4f9c',
          colorSuccess: '#237804',
          colorError: '#cf1322',
          opacityLoading: 1,
          colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
          colorTextDescription: 'rgba(0, 0, 0, 0.62)',
          fontSize: 15,
          controlHeight: 40,
          borderRadius: 6,
        },
      }}
      // Ant Design's own icons are named after their file ("down", "close-circle"), which a screen reader would read
      // out in English beside the Vietnamese: the ones it draws by itself are hidden from it instead.
      select={{ suffixIcon: <DownOutlined aria-hidden /> }}
      datePicker={{ clearIcon: <CloseCircleFilled aria-hidden /> }}
      drawer={{ closeIcon: <CloseOutlined aria-hidden /> }}
      modal={{ closeIcon: <CloseOutlined aria-hidden /> }}
    >
      <Suspense fallback={<Spin />}>
        <Routes>
          <Route path="/ho-so/:dossierId" element={<DossierScreen />} />
          <Route path="/lap-ho-so" element={<OpenDossierScreen />} />
          <Route path="/giam-sat" element={<SupervisionScreen />} />
          <Route path="/quan-tri" element={<AdminScreen />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </ConfigProvider>
  );
}
