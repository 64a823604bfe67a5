import { useSyncExternalStore } from 'react';

/** Wide enough for a table and a menu bar: Ant Design's `md` breakpoint, so both kinds of screen agree. */
const WIDE = '(min-width: 768px)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

export const useWide = () => useSyncExternalStore(subscribe, () => window.matchMedia(WIDE).matches);
