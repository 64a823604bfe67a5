/**
 * The console's own addresses in the OIDC sign-in, registered with the provider as the client's redirect URIs. The
 * API answers them with the console (api/web-console.ts), which handles them before showing any screen.
 */
export const signInPaths = {
  /** Where the provider sends the browser back after signing in. */
  callback: '/auth/callback',
  /** Loaded in a hidden frame to sign in again without a page change after a reload (app/sign-in/oidc-sign-in.ts). */
  silent: '/auth/silent',
  /** Where the provider sends the browser back after signing out. */
  signedOut: '/auth/signed-out',
} as const;

export const isSignInPath = (pathname: string): boolean => (Object.values(signInPaths) as string[]).includes(pathname);
