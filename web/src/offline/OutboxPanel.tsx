import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useOnline } from '../app/OnlineBanner';
import { instantDateTime } from '../format/dates';
import { messages } from '../i18n';
import { Banner } from '../ui/Banner';
import { dismissRefused, flush, useOutbox } from './outbox';

const t = messages.outbox;

/** While something waits and the connection is up, it is sent again this often: an answer lost on the way back. */
const RETRY_MS = 5_000;

/**
 * What waits to be sent and what the API refused once it was: shown under the header on every screen, and on the
 * sign-in page (`send` false there: nothing is sent without a signed-in user).
 */
export function OutboxPanel({ send = true }: { send?: boolean }) {
  const { pending, refused } = useOutbox();
  const online = useOnline();
  const queries = useQueryClient();
  useEffect(() => {
    if (!send || !online || !pending.length) return;
    const sendAll = () => void flush(() => void queries.invalidateQueries());
    sendAll();
    const retry = setInterval(sendAll, RETRY_MS);
    return () => clearInterval(retry);
  }, [send, online, pending.length, queries]);
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
