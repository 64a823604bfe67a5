import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { AuthConfig } from '../../../../domain/schemas/auth';
import { api, dataOf } from '../../api/client';
import { isSignInPath, signInPaths } from './paths';
import type { SignedInUser, SignedOutReason, SignInEvents, SignInMethod } from './sign-in';

type OidcConfig = Extract<AuthConfig, { mode: 'oidc' }>;

export interface OidcSignIn extends SignInMethod {
  mode: 'oidc';
  /** Leaves for the provider's sign-in page, which sends the browser back to /auth/callback. */
  signInAtProvider(): Promise<void>;
  /** Where the console was when it left for the provider: the page to show once back at /auth/callback. */
  returnTo(): string;
}

/** The page the browser is on, kept through the sign-in; a sign-in address of the console's own ends on the inbox. */
function currentPage(): string {
  const { pathname, search, hash } = window.location;
  return isSignInPath(pathname) ? '/' : `${pathname}${search}${hash}`;
}

/** The state the provider hands back, if it is a page of this console: a path on this origin, nothing else. */
function pageIn(state: unknown): string {
  return typeof state === 'string' && state.startsWith('/') && !state.startsWith('//') && !state.startsWith('/\\') ? state : '/';
}

/**
 * The console as the provider's public client: authorization code flow with PKCE (oidc-client-ts). Tokens live in
 * the page's memory only; what outlives a reload is the provider's own session (docs/decisions/0009-web-console.md).
 */
function userManagerFor(config: OidcConfig): UserManager {
  const at = (path: string) => new URL(path, window.location.origin).href;
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    scope: config.scope,
    redirect_uri: at(signInPaths.callback),
    silent_redirect_uri: at(signInPaths.silent),
    post_logout_redirect_uri: at(signInPaths.signedOut),
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    // The PKCE verifier and state of a sign-in must outlive the page that leaves for the provider. They are no
    // tokens, and each is removed once the provider's answer is read.
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Before the access token expires: with the refresh token when the provider issues one, else in the hidden frame.
    automaticSilentRenew: true,
    // No revocation at sign-out: ending the provider's session ends its refresh tokens, and oidc-client-ts fails the
    // whole sign-out on a revocation answer without JSON, which providers may send (oidc-client-ts issue 2272).
    revokeTokensOnSignout: false,
  });
}

/** The sign-in at the agency's OIDC provider (AUTH_MODE=oidc). */
export function oidcSignIn(config: OidcConfig, events: SignInEvents): OidcSignIn {
  const users = userManagerFor(config);
  void users.clearStaleState();
  let signedIn: SignedInUser | undefined;
  let landing = '/';

  // Every token, first or renewed, arrives here: from /auth/callback, from the hidden frame or by the refresh token.
  const loaded = (user: User) => void report(user);
  users.events.addUserLoaded(loaded);

  async function report(user: User) {
    if (!signedIn) {
      // The API says who the token is for, as it will read it on every request (its role and unit claims).
      const answer = await api.GET('/api/v1/me', { headers: { authorization: `Bearer ${user.access_token}` } }).catch(() => undefined);
      if (!answer?.data) return signOutHere(answer ? 'refused' : 'failed');
      signedIn = answer.data;
    }
    events.signedIn({ token: user.access_token, user: signedIn });
  }

  /** Forgets the tokens in this page; the provider's session, if any, is left as it is. */
  function signOutHere(reason?: SignedOutReason) {
    signedIn = undefined;
    void users.removeUser();
    events.signedOut(reason);
  }

  return {
    mode: 'oidc',
    async resume() {
      const { pathname } = window.location;
      try {
        if (pathname === signInPaths.callback) {
          // A link opened before signing in (a dossier sent by a colleague) opens once signed in.
          landing = pageIn((await users.signinRedirectCallback()).state);
        } else if (pathname === signInPaths.signedOut) {
          // Back from the provider's sign-out: its session is over, there is nothing to look for.
          signOutHere();
        } else {
          // The refresh token if the page still holds one; after a reload, the provider's session in the hidden frame.
          await users.signinSilent();
        }
      } catch (error) {
        if (!navigator.onLine) throw error;
        // No session at the provider (login_required), a frame it refuses, an answer already used: the button shows.
        signOutHere(pathname === signInPaths.callback ? 'failed' : 'signed-out');
      }
    },
    signInAtProvider: () => users.signinRedirect({ state: currentPage() }),
    returnTo: () => landing,
    async signOut() {
      const endsSession = navigator.onLine && Boolean(await users.metadataService.getEndSessionEndpoint().catch(() => undefined));
      if (endsSession) {
        // Leaves for the provider with id_token_hint; it ends its session, and with it the refresh token, and sends the
        // browser back to /auth/signed-out: a new page, with nothing in memory.
        await users.signoutRedirect();
        return;
      }
      signOutHere();
    },
    forget: () => signOutHere(),
    stop() {
      users.events.removeUserLoaded(loaded);
      users.stopSilentRenew();
    },
  };
}

/** In the hidden frame at /auth/silent: hands the provider's answer to the console page that opened the frame. */
export async function completeSilentSignIn(): Promise<void> {
  const config = dataOf(await api.GET('/api/v1/auth/config'));
  if (config.mode === 'oidc') await userManagerFor(config).signinSilentCallback();
}
