import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../../components/LanguageToggle';
import { paths } from '../../config/paths';
import { useLogout } from '../../features/auth/api/logout';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';

interface AppHeaderProps {
  navId: string;
  menuOpen: boolean;
  menuButtonRef: RefObject<HTMLButtonElement | null>;
  onToggleMenu: () => void;
}

export function AppHeader({ navId, menuOpen, menuButtonRef, onToggleMenu }: AppHeaderProps) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const logout = useLogout();
  return (
    <header className="app-header">
      <button
        ref={menuButtonRef}
        type="button"
        className="app-header__menu"
        aria-expanded={menuOpen}
        aria-controls={navId}
        onClick={onToggleMenu}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 6h16M4 12h16M4 18h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="app-header__menu-text">{t('shell.menu')}</span>
      </button>
      <div className="app-header__brand">
        <span className="app-header__name">{t('app.name')}</span>
        <span className="app-header__sub">{user.instansiName}</span>
      </div>
      <div className="app-header__actions">
        <span className="app-header__user">{user.name}</span>
        <NotificationBell to={paths.notifications} enabled={!user.mustChangePassword} />
        <LanguageToggle />
        <button
          type="button"
          className="app-header__signout"
          onClick={() => logout.mutate()}
          disabled={logout.isPending}
        >
          {logout.isPending ? t('shell.signingOut') : t('shell.signOut')}
        </button>
      </div>
    </header>
  );
}
