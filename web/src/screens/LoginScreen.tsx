import { useMutation, useQuery } from '@tanstack/react-query';
import { isRole, roleLabels } from '../../../domain/roles';
import { api, dataOf } from '../api/client';
import { useSession } from '../app/session';
import type { DevSignIn } from '../app/sign-in/dev-sign-in';
import type { OidcSignIn } from '../app/sign-in/oidc-sign-in';
import { messages } from '../i18n';

const t = messages.login;

/** The sign-in screen: the agency's account at its OIDC provider, or in development the demo users. */
export function LoginScreen() {
  const { method, status, signedOutReason } = useSession();
  const checking = status === 'checking';
  return (
    <main id="main" className="login">
      <section className="login-card" aria-labelledby="login-title">
        <h1 id="login-title" className="login-title">
          {t.title}
        </h1>
        {!checking && signedOutReason !== 'signed-out' && (
          <p className="error-text" role="alert">
            {signedOutReason === 'refused' ? t.refused : t.failed}
          </p>
        )}
        {method?.mode === 'oidc' && <ProviderSignIn method={method} checking={checking} />}
        {method?.mode === 'dev' && <DemoUsers method={method} checking={checking} />}
        {(checking || !method) && (
          <p className="loading" role="status">
            {messages.loading}
          </p>
        )}
      </section>
    </main>
  );
}

/** AUTH_MODE=oidc: one button, to the provider's sign-in page and back. */
function ProviderSignIn({ method, checking }: { method: OidcSignIn; checking: boolean }) {
  const redirect = useMutation({ mutationFn: () => method.signInAtProvider() });
  return (
    <>
      <p>{t.providerNotice}</p>
      {redirect.isError && (
        <p className="error-text" role="alert">
          {t.failed}
        </p>
      )}
      {!checking && (
        <button type="button" className="button button-primary button-block" onClick={() => redirect.mutate()} disabled={redirect.isPending} aria-busy={redirect.isPending}>
          {t.withProvider}
        </button>
      )}
    </>
  );
}

/** AUTH_MODE=dev: the seeded demo users, one per role and unit. */
function DemoUsers({ method, checking }: { method: DevSignIn; checking: boolean }) {
  const users = useQuery({ queryKey: ['dev-users'], queryFn: async () => dataOf(await api.GET('/api/v1/dev/users')).users });
  const session = useMutation({
    mutationFn: async (userId: string) => dataOf(await api.POST('/api/v1/dev/session', { body: { userId } })),
    onSuccess: method.signIn,
  });
  return (
    <>
      <p>{t.devNotice}</p>
      {(users.isError || session.isError) && (
        <p className="error-text" role="alert">
          {t.failed}
        </p>
      )}
      {users.isLoading && !checking && (
        <p className="loading" role="status">
          {messages.loading}
        </p>
      )}
      <ul className="login-users">
        {(checking ? [] : (users.data ?? [])).map((user) => (
          <li key={user.userId}>
            <span>
              <strong>{user.name}</strong>
              <span className="secondary">
                {isRole(user.role) ? roleLabels[user.role] : user.role} · {user.unitName ?? user.unitCode}
              </span>
            </span>
            <button
              type="button"
              className="button button-primary"
              onClick={() => session.mutate(user.userId)}
              disabled={session.isPending}
              aria-busy={session.isPending && session.variables === user.userId}
              aria-label={`${t.pick}: ${user.name}`}
            >
              {t.pick}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
