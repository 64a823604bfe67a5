import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { setBearer } from '../api/client';

export interface SignedInUser {
  userId: string;
  name: string;
  role: string;
  unitCode: string;
  unitName?: string;
}

interface Session {
  user: SignedInUser | undefined;
  signIn(user: SignedInUser, token: string): void;
  signOut(): void;
}

const SessionContext = createContext<Session | undefined>(undefined);

/** Who is signed in. The token lives in this component's memory: a reload asks to sign in again. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ user: SignedInUser; token: string }>();
  const signOut = useCallback(() => setState(undefined), []);
  // Set during render, so that the queries its children start in their effects already carry it.
  setBearer(state?.token, signOut);
  const session = useMemo<Session>(
    () => ({ user: state?.user, signIn: (user, token) => setState({ user, token }), signOut }),
    [state, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
