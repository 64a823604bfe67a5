import { useSyncExternalStore } from 'react';
import { messages } from '../i18n';
import { Banner } from '../ui/Banner';

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
  return online ? null : <Banner tone="warning">{messages.offline}</Banner>;
}
