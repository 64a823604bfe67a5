import { Alert } from 'antd';
import { useSyncExternalStore } from 'react';
import { messages } from '../i18n';

const subscribe = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

export const useOnline = () => useSyncExternalStore(subscribe, () => navigator.onLine);

/** Says so when the connection is lost: what is done meanwhile is kept and sent later. */
export function OnlineBanner() {
  const online = useOnline();
  return online ? null : <Alert banner type="warning" role="status" message={messages.offline} />;
}
