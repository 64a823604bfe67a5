import { api } from '../../api/client';
import type { operations } from '../../api/openapi';
import type { SignInEvents, SignInMethod } from './sign-in';

/** A demo user's sign-in as the API answers it: the token, when it expires, and whose it is. */
type DevSession = operations['devSessionRenew']['responses'][200]['content']['application/json'];

/** A token is renewed this long before it expires, so no request ever carries an expired one. */
const RENEW_BEFORE_MS = 10 * 60_000;
/** The longest a browser timer waits. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface DevSignIn extends SignInMethod {
  mode: 'dev';
  /** A demo user signed in: what `POST /api/v1/dev/session` answered. */
  signIn(session: DevSession): void;
}

/**
 * The development sign-in (AUTH_MODE=dev). The API keeps the sign-in in an HttpOnly cookie that the page cannot read
 * (api/routes/dev-session.ts); on load, and ten minutes before the token expires, a new token is asked for with it.
 */
export function devSignIn(events: SignInEvents): DevSignIn {
  let renewal: ReturnType<typeof setTimeout> | undefined;
  /** Signed out in this page: its cookie is not used again, even while the API has not yet heard (offline). */
  let signedOut = false;

  /** Ends the sign-in the API keeps; offline, as soon as the connection returns. */
  function endKeptSignIn() {
    window.removeEventListener('online', endKeptSignIn);
    void api.DELETE('/api/v1/dev/session').catch(() => window.addEventListener('online', endKeptSignIn));
  }

  function signIn({ token, expiresAt, user }: DevSession) {
    signedOut = false;
    window.removeEventListener('online', endKeptSignIn);
    clearTimeout(renewal);
    const wait = Math.min(Math.max(Date.parse(expiresAt) - Date.now() - RENEW_BEFORE_MS, 0), MAX_TIMER_MS);
    // Without a connection the renewal fails; the session asks again when the connection returns.
    renewal = setTimeout(() => void resume().catch(() => undefined), wait);
    events.signedIn({ token, user });
  }
  function forget() {
    clearTimeout(renewal);
    events.signedOut();
  }
  async function resume() {
    if (signedOut) return;
    const { data } = await api.POST('/api/v1/dev/session/renew');
    if (data) signIn(data);
    else forget();
  }

  return {
    mode: 'dev',
    signIn,
    resume,
    forget,
    signOut() {
      signedOut = true;
      forget();
      endKeptSignIn();
      return Promise.resolve();
    },
    stop() {
      clearTimeout(renewal);
      window.removeEventListener('online', endKeptSignIn);
    },
  };
}
