import type { ReactNode } from 'react';

/**
 * A line across the page under the header: a lost connection, queued actions, a refusal. `alert` interrupts a screen
 * reader (a refusal); `status` waits for it to pause.
 */
export function Banner({ tone, children }: { tone: 'info' | 'warning' | 'error'; children: ReactNode }) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
