import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { isRole, roleLabels, type Role } from '../../../domain/roles';
import { messages } from '../i18n';
import { OutboxPanel } from '../offline/OutboxPanel';
import { BellIcon, CloseIcon, MenuIcon, SignOutIcon } from '../ui/icons';
import { useWide } from '../ui/use-wide';
import { OnlineBanner } from './OnlineBanner';
import { useSession } from './session';

const t = messages.nav;

/**
 * Where a role starts: the inbox of its unit's work for the roles that act on dossiers; supervision for a supervisor
 * and administration for an administrator, who have no inbox (domain/access.ts).
 */
export function homeOf(role: Role | undefined): string {
  if (role === 'supervisor') return '/giam-sat';
  if (role === 'administrator') return '/quan-tri';
  return '/';
}

/** The screens each role opens from the menu; the API refuses the rest anyway. */
function menuFor(role: Role | undefined): Array<{ to: string; label: string }> {
  const items = homeOf(role) === '/' ? [{ to: '/', label: t.inbox }] : [];
  if (role === 'commune_police') items.push({ to: '/lap-ho-so', label: t.open });
  if (role === 'supervisor' || role === 'administrator') items.push({ to: '/giam-sat', label: t.supervision });
  if (role === 'administrator') items.push({ to: '/quan-tri', label: t.admin });
  if (role === 'supervisor') items.push({ to: '/quan-tri', label: t.planTargets });
  return items;
}

/**
 * The frame of every screen: the menu (a bar on a wide screen, a panel behind a button on a phone), who is signed in,
 * the connection and the outbox. Plain elements, no component library: it is on the first screen of every visit.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const { user, signOut } = useSession();
  const wide = useWide();
  const [menuOpen, setMenuOpen] = useState(false);
  const role = user && isRole(user.role) ? user.role : undefined;
  const items = menuFor(role);
  const who = user && (
    <span className="who">
      <strong>{user.name}</strong>
      <span className="who-unit">
        {role ? roleLabels[role] : user.role} · {user.unitName ?? user.unitCode}
      </span>
    </span>
  );
  const links = (onPick?: () => void) =>
    items.map((item) => (
      <NavLink key={item.to} to={item.to} end={item.to === '/'} className="nav-link" onClick={onPick}>
        {item.label}
      </NavLink>
    ));
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {messages.app.skipToContent}
      </a>
      <header className="shell-header">
        <Link to={homeOf(role)} className="brand" aria-label={`${messages.app.name} · ${messages.app.fullName}`}>
          {messages.app.name}
        </Link>
        {wide ? <nav className="shell-nav" aria-label={t.menu}>{links()}</nav> : <span className="shell-spacer" />}
        {/* Room for notifications by email and SMS, the next issue: shown, and said to be not there yet. */}
        <button type="button" className="header-button" aria-label={t.notifications} title={t.notifications} disabled>
          <BellIcon />
        </button>
        {wide ? (
          <>
            {who}
            <button type="button" className="header-button" onClick={signOut}>
              <SignOutIcon />
              <span>{t.signOut}</span>
            </button>
          </>
        ) : (
          <button type="button" className="header-button" aria-label={t.menu} aria-expanded={menuOpen} onClick={() => setMenuOpen(true)}>
            <MenuIcon />
          </button>
        )}
      </header>
      {!wide && menuOpen && (
        <MenuPanel onClose={() => setMenuOpen(false)}>
          {who}
          <nav className="panel-nav" aria-label={t.menu}>
            {links(() => setMenuOpen(false))}
          </nav>
          <button type="button" className="button button-block" onClick={signOut}>
            <SignOutIcon />
            <span>{t.signOut}</span>
          </button>
        </MenuPanel>
      )}
      <OnlineBanner />
      <OutboxPanel userId={user?.userId} />
      <main id="main" className="shell-content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** The phone's menu: a modal panel from the right; Escape or the close button shuts it, focus goes into it and back. */
function MenuPanel({ onClose, children }: { onClose(): void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const panel = dialog.current;
    panel?.showModal();
    return () => panel?.close();
  }, []);
  return (
    <dialog ref={dialog} className="menu-panel" aria-label={t.menu} onClose={onClose} onClick={(event) => event.target === dialog.current && onClose()}>
      <div className="menu-panel-body">
        <button type="button" className="icon-button" aria-label={t.closeMenu} onClick={onClose}>
          <CloseIcon />
        </button>
        {children}
      </div>
    </dialog>
  );
}
