import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, dataOf, setBearer } from '../api/client';
import { devSignIn, type DevSignIn } from './sign-in/dev-sign-in';
import type { OidcSignIn } from './sign-in/oidc-sign-in';
import type { SignedInUser, SignedOutReason, SignIn, SignInEvents } from './sign-in/sign-in';

export type { SignedInUser };

interface Session {
  user: SignedInUser | undefined;
  /** `checking` while the way of signing in, or a sign-in kept from before a reload, is looked for. */
  status: 'checking' | 'signed-out' | 'signed-in';
  /** Why the sign-in screen shows, once known. */
  signedOutReason: SignedOutReason;
  /** How to sign in here (`GET /api/v1/auth/config`); undefined until the API has said (offline after a reload). */
  method: DevSignIn | OidcSignIn | undefined;
  signOut(): void;
}

const SessionContext = createContext<Session | undefined>(undefined);

/**
 * Who is signed in. The token lives in this component's memory only, never in storage a script could read. What
 * survives a reload is the sign-in kept outside the page: the provider's session with OIDC, an HttpOnly cookie in
 * development (app/sign-in/). On load it is looked for, and the token renewed silently; sign-out ends it.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SignIn>();
  const [status, setStatus] = useState<Session['status']>('checking');
  const [signedOutReason, setSignedOutReason] = useState<SignedOutReason>('signed-out');
  const [method, setMethod] = useState<DevSignIn | OidcSignIn>();

  const events = useMemo<SignInEvents>(
    () => ({
      signedIn(signIn) {
        setState(signIn);
        setStatus('signed-in');
      },
      signedOut(reason = 'signed-out') {
        setState(undefined);
        setStatus('signed-out');
        setSignedOutReason(reason);
      },
    }),
    [],
  );

  useEffect(() => {
    let current: DevSignIn | OidcSignIn | undefined;
    let stopped = false;
    async function start() {
      if (!current) {
        const config = dataOf(await api.GET('/api/v1/auth/config'));
        // The OIDC client is loaded only where the API signs in with a provider.
        const next = config.mode === 'dev' ? devSignIn(events) : (await import('./sign-in/oidc-sign-in')).oidcSignIn(config, events);
        if (stopped) return next.stop();
        current = next;
        setMethod(next);
      }
      await current.resume();
    }
    // Without a connection (a reload offline) nothing is known yet: asked again when the connection returns.
    const attempt = () => void start().catch(() => undefined);
    attempt();
    window.addEventListener('online', attempt);
    return () => {
      stopped = true;
      window.removeEventListener('online', attempt);
      current?.stop();
    };
  }, [events]);

  const forget = useCallback(() => method?.forget(), [method]);
  // If ending the sign-in where it is kept fails, the page forgets it at least.
  const signOut = useCallback(() => void method?.signOut().catch(forget), [method, forget]);

  // Set during render, so that the queries its children start in their effects already carry it.
  setBearer(state?.token, forget);
  const session = useMemo<Session>(
    () => ({ user: state?.user, status, signedOutReason, method, signOut }),
    [state, status, signedOutReason, method, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user, in the screens shown only once someone is signed in (app/App.tsx). */
export function useSignedInUser(): SignedInUser {
  const { user } = useSession();
  if (!user) throw new Error('useSignedInUser with nobody signed in');
  return user;
}
