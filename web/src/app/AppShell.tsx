import { BellOutlined, LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Grid, Layout, Menu, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { isRole, roleLabels, type Role } from '../../../domain/roles';
import { messages } from '../i18n';
import { OutboxPanel } from '../offline/OutboxPanel';
import { OnlineBanner } from './OnlineBanner';
import { useSession } from './session';

const t = messages.nav;

/** The screens each role opens from the menu; the API refuses the rest anyway. */
function menuFor(role: Role | undefined) {
  const items = [{ key: '/', label: <Link to="/">{t.inbox}</Link> }];
  if (role === 'commune_police') items.push({ key: '/lap-ho-so', label: <Link to="/lap-ho-so">{t.open}</Link> });
  if (role === 'supervisor' || role === 'administrator') items.push({ key: '/giam-sat', label: <Link to="/giam-sat">{t.supervision}</Link> });
  if (role === 'administrator') items.push({ key: '/quan-tri', label: <Link to="/quan-tri">{t.admin}</Link> });
  if (role === 'supervisor') items.push({ key: '/quan-tri', label: <Link to="/quan-tri">Chỉ tiêu</Link> });
  return items;
}

export function AppShell({ children }: { children: ReactNode }) {
  const { user, signOut } = useSession();
  const screens = Grid.useBreakpoint();
  const location = useLocation();
  const [drawer, setDrawer] = useState(false);
  const role = user && isRole(user.role) ? user.role : undefined;
  const items = menuFor(role);
  const selected = items.filter((item) => item.key === '/' ? location.pathname === '/' : location.pathname.startsWith(item.key)).map((item) => item.key);
  const who = user && (
    <span className="who">
      <strong>{user.name}</strong>
      <Typography.Text type="secondary">{role ? roleLabels[role] : user.role} · {user.unitName ?? user.unitCode}</Typography.Text>
    </span>
  );
  return (
    <Layout className="shell">
      <a className="skip-link" href="#main">{messages.app.skipToContent}</a>
      <Layout.Header className="shell-header">
        <Link to="/" className="brand" aria-label={messages.app.fullName}>
          {messages.app.name}
        </Link>
        {screens.md ? (
          <Menu mode="horizontal" theme="dark" selectedKeys={selected} items={items} className="shell-menu" />
        ) : (
          <span className="shell-spacer" />
        )}
        <Space>
          {/* The bell waits for notifications by email/SMS (a later issue); it shows nothing yet. */}
          <Badge count={0} size="small">
            <Button type="text" className="header-button" icon={<BellOutlined />} aria-label={t.notifications} />
          </Badge>
          {screens.md ? (
            <>
              {who}
              <Button type="text" className="header-button" icon={<LogoutOutlined />} onClick={signOut}>
                {t.signOut}
              </Button>
            </>
          ) : (
            <Button type="text" className="header-button" icon={<MenuOutlined />} aria-label="Menu" onClick={() => setDrawer(true)} />
          )}
        </Space>
      </Layout.Header>
      <Drawer open={drawer} onClose={() => setDrawer(false)} title={who} placement="right" width={300}>
        <Menu mode="vertical" selectedKeys={selected} items={items} onClick={() => setDrawer(false)} />
        <Button block icon={<LogoutOutlined />} onClick={signOut} style={{ marginTop: 16 }}>
          {t.signOut}
        </Button>
      </Drawer>
      <OnlineBanner />
      <OutboxPanel />
      <Layout.Content id="main" className="shell-content" tabIndex={-1}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
