import { Alert, Button, Card, List, Space, Typography } from 'antd';
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
      <Card title={<Typography.Title level={1} className="login-title">{messages.login.title}</Typography.Title>}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text>{messages.login.devNotice}</Typography.Text>
          {(users.isError || session.isError) && <Alert type="error" showIcon message={messages.login.failed} />}
          <List
            loading={users.isLoading}
            dataSource={users.data ?? []}
            renderItem={(user) => (
              <List.Item
                actions={[
                  <Button key="pick" type="primary" onClick={() => session.mutate(user)} loading={session.isPending && session.variables?.userId === user.userId} aria-label={`${messages.login.pick}: ${user.name}`}>
                    {messages.login.pick}
                  </Button>,
                ]}
              >
                <List.Item.Meta title={user.name} description={`${isRole(user.role) ? roleLabels[user.role] : user.role} · ${user.unitName ?? user.unitCode}`} />
              </List.Item>
            )}
          />
        </Space>
      </Card>
    </main>
  );
}
