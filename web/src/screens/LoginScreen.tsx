import { useQuery, useMutation } from '@tanstack/react-query';
import { roleLabels, isRole } from '../../../domain/roles';
import { field, problemOf } from '../api/client';
import { useSession, type SignedInUser } from '../app/session';
import { messages } from '../i18n';

function demoUsersOf(body: unknown): SignedInUser[] {
  const list: unknown = Array.isArray(body) ? body : typeof body === 'object' && body !== null ? Reflect.get(body, 'users') : undefined;
  if (!Array.isArray(list)) throw new Error('unexpected list of demo users');
  return list.flatMap((user: unknown) => {
    const [userId, name, role, unitCode, unitName] = ['userId', 'name', 'role', 'unitCode', 'unitName'].map((key) => field(user, key));
    return userId && name && role && unitCode ? [{ userId, name, role, unitCode, ...(unitName ? { unitName } : {}) }] : [];
  });
}

async function getJson(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init);
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw problemOf(response, body);
  return body;
}

/** Development sign-in (AUTH_MODE=dev): the seeded demo users, one per role and unit. */
export function LoginScreen() {
  const { signIn } = useSession();
  const users = useQuery({ queryKey: ['dev-users'], queryFn: async () => demoUsersOf(await getJson('/api/v1/dev/users')) });
  const session = useMutation({
    mutationFn: async (user: SignedInUser) => {
      const body = await getJson('/api/v1/dev/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: user.userId }),
      });
      const token = field(body, 'token');
      if (!token) throw new Error('no token in the answer');
      return { user, token };
    },
    onSuccess: ({ user, token }) => signIn(user, token),
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
        {users.isLoading && (
          <p className="loading" role="status">
            {messages.loading}
          </p>
        )}
        <ul className="login-users">
          {(users.data ?? []).map((user) => (
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
                onClick={() => session.mutate(user)}
                disabled={session.isPending}
                aria-busy={session.isPending && session.variables?.userId === user.userId}
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
