import { useQuery, useMutation } from '@tanstack/react-query';
import { roleLabels, isRole } from '../../../domain/roles';
import { api, dataOf } from '../api/client';
import { useSession } from '../app/session';
import { messages } from '../i18n';

/** Development sign-in (AUTH_MODE=dev): the seeded demo users, one per role and unit. */
export function LoginScreen() {
  const { signIn, status } = useSession();
  const users = useQuery({ queryKey: ['dev-users'], queryFn: async () => dataOf(await api.GET('/api/v1/dev/users')).users });
  const session = useMutation({
    mutationFn: async (userId: string) => dataOf(await api.POST('/api/v1/dev/session', { body: { userId } })),
    onSuccess: signIn,
  });
  return (
    <main id="main" className="login">
      <section className="login-card" aria-labelledby="login-title">
        <h1 id="login-title" className="login-title">
          {messages.login.title}
        </h1>
        <p>{messages.login.devNotice}</p>
        {(users.isError || session.isError) && (
          <p className="error-text" role="alert">
            {messages.login.failed}
          </p>
        )}
        {(users.isLoading || status === 'checking') && (
          <p className="loading" role="status">
            {messages.loading}
          </p>
        )}
        <ul className="login-users">
          {(status === 'checking' ? [] : (users.data ?? [])).map((user) => (
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
                aria-label={`${messages.login.pick}: ${user.name}`}
              >
                {messages.login.pick}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
