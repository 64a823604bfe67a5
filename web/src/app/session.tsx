import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, setBearer } from '../api/client';
import type { operations } from '../api/openapi';

export interface SignedInUser {
  userId: string;
  name: string;
  role: string;
  unitCode: string;
  unitName?: string;
}

/** A sign-in as the API answers it: the access token, when it expires, and whose it is. */
export type SignIn = operations['devSessionRenew']['responses'][200]['content']['application/json'];

interface Session {
  user: SignedInUser | undefined;
  /** `checking` while a sign-in kept from before a reload is looked for. */
  status: 'checking' | 'signed-out' | 'signed-in';
  signIn(signIn: SignIn): void;
  signOut(): void;
}

const SessionContext = createContext<Session | undefined>(undefined);
/** A token is renewed this long before it expires, so no request ever carries an expired one. */
const RENEW_BEFORE_MS = 10 * 60_000;

/**
 * Who is signed in. The token lives in this component's memory only, never in storage a script could read. What
 * survives a reload is the sign-in kept by the API in an HttpOnly cookie (api/routes/dev-session.ts): on load, and
 * before the token expires, it is renewed silently; sign-out ends it.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ user: SignedInUser; token: string; expiresAt: string }>();
  const [status, setStatus] = useState<Session['status']>('checking');
  const renewal = useRef<ReturnType<typeof setTimeout>>(undefined);

  const forget = useCallback(() => {
    clearTimeout(renewal.current);
    setState(undefined);
    setStatus('signed-out');
  }, []);
  const signOut = useCallback(() => {
    void api.DELETE('/api/v1/dev/session').catch(() => undefined);
    forget();
  }, [forget]);
  const signIn = useCallback((answer: SignIn) => {
    setState({ user: answer.user, token: answer.token, expiresAt: answer.expiresAt });
    setStatus('signed-in');
  }, []);
  const renew = useCallback(async () => {
    let answer;
    try {
      answer = await api.POST('/api/v1/dev/session/renew');
    } catch {
      return; // no connection (a reload offline): asked again when it comes back
    }
    if (answer.data) signIn(answer.data);
    else forget();
  }, [signIn, forget]);

  useEffect(() => {
    void renew();
    window.addEventListener('online', renew);
    return () => window.removeEventListener('online', renew);
  }, [renew]);
  useEffect(() => {
    if (!state) return;
    const wait = Math.min(Math.max(Date.parse(state.expiresAt) - Date.now() - RENEW_BEFORE_MS, 0), 2 ** 31 - 1);
    renewal.current = setTimeout(() => void renew(), wait);
    return () => clearTimeout(renewal.current);
  }, [state, renew]);

  // Set during render, so that the queries its children start in their effects already carry it.
  setBearer(state?.token, forget);
  const session = useMemo<Session>(() => ({ user: state?.user, status, signIn, signOut }), [state, status, signIn, signOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
