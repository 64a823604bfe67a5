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
 * What the signed-in user left waiting to be sent, and what the API refused once it was: shown under the header on
 * every screen, and sent when the connection is up. On the sign-in page (no `userId`) only how many wait: what they
 * are is for the user who made them, and they are sent after that user signs in again.
 */
export function OutboxPanel({ userId }: { userId?: string }) {
  const outbox = useOutbox();
  const pending = outbox.pending.filter((item) => item.userId === userId);
  const refused = outbox.refused.filter((item) => item.userId === userId);
  const online = useOnline();
  const queries = useQueryClient();
  useEffect(() => {
    if (!userId || !online || !pending.length) return;
    const sendAll = () => void flush(userId, () => void queries.invalidateQueries());
    sendAll();
    const retry = setInterval(sendAll, RETRY_MS);
    return () => clearInterval(retry);
  }, [userId, online, pending.length, queries]);
  return (
    <>
      {!userId && outbox.pending.length > 0 && <Banner tone="info">{t.waitingForSignIn(outbox.pending.length)}</Banner>}
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
