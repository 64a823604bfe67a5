import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useOnline } from '../app/OnlineBanner';
import { instantDateTime } from '../format/dates';
import { messages } from '../i18n';
import { Banner } from '../ui/Banner';
import { dismissRefused, flush, useOutbox } from './outbox';

const t = messages.outbox;

/** What waits to be sent and what the API refused once it was: shown under the header on every screen. */
export function OutboxPanel() {
  const { pending, refused } = useOutbox();
  const online = useOnline();
  const queries = useQueryClient();
  useEffect(() => {
    if (online && pending.length) void flush(() => void queries.invalidateQueries());
  }, [online, pending.length, queries]);
  return (
    <>
      {pending.length > 0 && <Banner tone="info">{t.pending(pending.length, pending.map((item) => item.label).join('; '))}</Banner>}
      {refused.map((item) => (
        <Banner key={item.key} tone="error">
          <span>{t.refused(item.label, instantDateTime(item.createdAt), item.title)}</span>{' '}
          <button type="button" className="button button-small" onClick={() => dismissRefused(item.key)}>
            {t.dismiss}
          </button>
        </Banner>
      ))}
    </>
  );
}
