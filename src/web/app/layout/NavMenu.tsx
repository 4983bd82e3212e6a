import { useEffect, useRef } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canOpen } from '../../config/access';
import { links, paths } from '../../config/paths';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { useServiceUnits } from '../../features/public-service/api/service-units';
import { NavIcon, type NavIconName } from './NavIcon';

interface NavItem {
  to: string;
  labelKey: string;
  icon: NavIconName;
  visible: boolean;
  /** Marked current only on this exact path, not on the pages below it. */
  end?: boolean;
}

interface NavMenuProps {
  id: string;
  open: boolean;
  onNavigate: () => void;
}

export function NavMenu({ id, open, onNavigate }: NavMenuProps) {
  const { t } = useTranslation();
  const { user, roles } = useCurrentUser();
  // With a temporary password only Akun saya works, so only it is offered.
  const restricted = user.mustChangePassword;
  const navRef = useRef<HTMLElement>(null);

  // The drawer opens over the page, so keyboard focus moves into it.
  useEffect(() => {
    if (open) navRef.current?.querySelector<HTMLElement>('a')?.focus();
  }, [open]);
  const wide = canOpen('organisation', roles);
  // The complaint pages are for those who serve in, head or oversee a service unit (the server filters the list).
  const serviceUnits = useServiceUnits(!restricted);
  const servesPublic = (serviceUnits.data?.items.length ?? 0) > 0;
  const items: NavItem[] = [
    { to: paths.home, labelKey: 'nav.home', icon: 'home', visible: !restricted, end: true },
    // The Wali Kota and Wakil are officials without a pegawai record, so they have no profile.
    { to: user.pegawaiId ? links.pegawaiProfile(user.pegawaiId) : '', labelKey: 'nav.myProfile', icon: 'idCard', visible: !restricted && user.pegawaiId !== null, end: true },
    { to: paths.pegawaiList, labelKey: wide ? 'nav.pegawai' : 'nav.myTeam', icon: 'people', visible: !restricted, end: true },
    { to: paths.skpMine, labelKey: 'skp.nav.mine', icon: 'list', visible: !restricted && user.pegawaiId !== null, end: true },
    { to: paths.skpTeam, labelKey: 'skp.nav.team', icon: 'people', visible: !restricted && canOpen('skpTeam', roles) },
    { to: paths.skpMatrix, labelKey: 'skp.nav.matrix', icon: 'tree', visible: !restricted && canOpen('skpMatrix', roles) },
    { to: paths.realisationMine, labelKey: 'realisation.nav.mine', icon: 'upload', visible: !restricted && user.pegawaiId !== null, end: true },
    { to: paths.realisationTeam, labelKey: 'realisation.nav.team', icon: 'people', visible: !restricted && canOpen('realisationTeam', roles) },
    { to: paths.feedback, labelKey: 'feedback.nav', icon: 'list', visible: !restricted },
    { to: paths.dialogue, labelKey: 'dialogue.nav', icon: 'chat', visible: !restricted && (user.pegawaiId !== null || roles.includes('ATASAN')) },
    { to: paths.feedback360, labelKey: 'feedback360.nav', icon: 'circle', visible: !restricted && user.pegawaiId !== null },
    { to: paths.evaluationMine, labelKey: 'evaluation.nav.mine', icon: 'idCard', visible: !restricted, end: true },
    { to: paths.calibration, labelKey: 'evaluation.nav.calibration', icon: 'people', visible: !restricted && canOpen('calibration', roles) },
    { to: paths.orgPredikat, labelKey: 'evaluation.nav.orgPredikat', icon: 'tree', visible: !restricted && canOpen('orgPredikat', roles) },
    { to: paths.notifications, labelKey: 'notifications.nav', icon: 'bell', visible: !restricted },
    { to: paths.serviceInbox, labelKey: 'publicService.nav.inbox', icon: 'chat', visible: !restricted && servesPublic },
    { to: paths.serviceAssigned, labelKey: 'publicService.nav.assigned', icon: 'list', visible: !restricted && servesPublic && user.pegawaiId !== null },
    { to: paths.serviceIkm, labelKey: 'publicService.nav.ikm', icon: 'circle', visible: !restricted && servesPublic },
    { to: paths.pohonKinerja, labelKey: 'skp.nav.pohon', icon: 'tree', visible: !restricted && canOpen('pohonKinerja', roles) },
    { to: paths.iku, labelKey: 'skp.nav.iku', icon: 'list', visible: !restricted && canOpen('iku', roles) },
    { to: paths.organisation, labelKey: 'nav.organisation', icon: 'tree', visible: !restricted && wide },
    { to: paths.incompleteChains, labelKey: 'nav.incompleteChains', icon: 'alert', visible: !restricted && canOpen('incompleteChains', roles) },
    { to: paths.imports, labelKey: 'nav.imports', icon: 'upload', visible: !restricted && canOpen('imports', roles) },
    { to: paths.myAccount, labelKey: 'nav.myAccount', icon: 'user', visible: true },
    { to: paths.roles, labelKey: 'nav.roles', icon: 'key', visible: !restricted && canOpen('roles', roles) },
    { to: paths.audit, labelKey: 'nav.audit', icon: 'list', visible: !restricted && canOpen('audit', roles) },
    { to: paths.settings, labelKey: 'nav.settings', icon: 'gear', visible: !restricted && canOpen('settings', roles) },
  ];
  return (
    <>
      {open ? <div className="nav-backdrop" aria-hidden="true" onClick={onNavigate} /> : null}
      <nav ref={navRef} id={id} className={`nav${open ? ' nav--open' : ''}`} aria-label={t('shell.mainNav')}>
        <div className="nav__user">
          <span className="nav__user-name">{user.name}</span>
          <span className="nav__user-instansi">{user.instansiName}</span>
        </div>
        <ul className="nav__list">
          {items
            .filter((item) => item.visible)
            .map((item) => (
              <li key={item.labelKey}>
                <NavLink to={item.to} end={item.end ?? false} className="nav__link" onClick={onNavigate}>
                  <NavIcon name={item.icon} />
                  {t(item.labelKey)}
                </NavLink>
              </li>
            ))}
        </ul>
      </nav>
    </>
  );
}
