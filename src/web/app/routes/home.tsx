import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/PageHeader';
import { RoleChips } from '../../components/RoleChips';
import { canOpen } from '../../config/access';
import { paths } from '../../config/paths';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import './home.css';

// The cycle's modules, each opening its own page (every pegawai may open these).
const modules = [
  { key: 'skp', to: paths.skpMine },
  { key: 'realisasi', to: paths.realisationMine },
  { key: 'feedback', to: paths.feedback },
  { key: 'penilaian', to: paths.evaluationMine },
  { key: 'layanan', to: paths.serviceInbox },
] as const;

export function HomeRoute() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const { user, roles } = useCurrentUser();
  const available = [
    { key: 'account', to: paths.myAccount, allowed: true },
    { key: 'roles', to: paths.roles, allowed: canOpen('roles', roles) },
    { key: 'audit', to: paths.audit, allowed: canOpen('audit', roles) },
    { key: 'settings', to: paths.settings, allowed: canOpen('settings', roles) },
  ].filter((item) => item.allowed);

  return (
    <div className="home stack">
      <section className="card home__welcome" aria-labelledby="home-title">
        <h1 id="home-title" tabIndex={-1}>
          {t('home.welcome', { name: user.name })}
        </h1>
        <p className="muted">{user.instansiName}</p>
        <h2 className="home__roles-title">{t('home.yourRoles')}</h2>
        <RoleChips roles={roles} />
      </section>
      <div className="home__grid">
        <section className="card" aria-labelledby="home-available">
          <h2 id="home-available">{t('home.availableTitle')}</h2>
          <LinkList items={available} textKey="home.available" />
        </section>
        <section className="card" aria-labelledby="home-about">
          <h2 id="home-about">{t('home.aboutTitle')}</h2>
          <p>{t('home.about')}</p>
          <h3>{t('home.modulesTitle')}</h3>
          <LinkList items={modules} textKey="home.modules" />
        </section>
      </div>
    </div>
  );
}

/** Links named by `${textKey}.${item.key}`. */
function LinkList({ items, textKey }: { items: readonly { key: string; to: string }[]; textKey: string }) {
  const { t } = useTranslation();
  return (
    <ul className="home__list">
      {items.map((item) => (
        <li key={item.key}>
          <Link to={item.to}>{t(`${textKey}.${item.key}`)}</Link>
        </li>
      ))}
    </ul>
  );
}
