import type { SignedInUser } from '../../../../domain/schemas/auth';

export type { SignedInUser };

/** A sign-in as the console holds it, in memory only: the access token and whose it is. */
export interface SignIn {
  token: string;
  user: SignedInUser;
}

/** Why the sign-in screen shows: nobody signed in yet, or a sign-in that failed or that the API refused. */
export type SignedOutReason = 'signed-out' | 'failed' | 'refused';

/** What a way of signing in tells the session (app/session.tsx). */
export interface SignInEvents {
  /** Someone signed in, or their token was renewed. */
  signedIn(signIn: SignIn): void;
  /** Nobody is signed in (any more). */
  signedOut(reason?: SignedOutReason): void;
}

/** How the console signs in here, as `GET /api/v1/auth/config` says: the demo users, or the agency's OIDC provider. */
export interface SignInMethod {
  /**
   * Looks for the sign-in kept from before a reload, outside the page, and reports it with a fresh token, or reports
   * that there is none. Rejects without a connection: the session asks again when it returns.
   */
  resume(): Promise<void>;
  /** Ends the sign-in where it is kept, and forgets the token. */
  signOut(): Promise<void>;
  /** The API refused the token: forget it and stop renewing it. */
  forget(): void;
  /** Stops its timers and listeners. */
  stop(): void;
}
