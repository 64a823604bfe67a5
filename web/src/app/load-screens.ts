/**
 * The code of every screen past the inbox (app/AntdScreens.tsx), fetched once. Started early where it will be
 * needed: at once for a page opened directly (a link, a reload), while the sign-in is checked; and once the inbox
 * is shown, so that the dossier an officer opens from it does not wait for it on a weak link.
 */
let loading: Promise<typeof import('./AntdScreens')> | undefined;

export function loadScreens(): Promise<typeof import('./AntdScreens')> {
  loading ??= import('./AntdScreens');
  loading.catch(() => (loading = undefined)); // a download that failed is tried again next time
  return loading;
}
