import { useTranslation } from 'react-i18next';

/** Actions the server writes today; the filter offers these, any other shows its raw name. */
export const knownAuditActions = [
  'auth.login',
  'auth.login_failed',
  'auth.lockout',
  'auth.logout',
  'auth.password_changed',
  'account.created',
  'account.role_granted',
  'account.role_removed',
  'account.password_reset',
  'setting.updated',
  'pegawai.atasan_override_created',
  'pegawai.atasan_override_ended',
  'pegawai.transferred',
  'import.units',
  'import.pegawai',
  'seed.organisation',
] as const;

export function useAuditActionLabel(): (action: string) => string {
  const { t, i18n } = useTranslation();
  return (action) => {
    const key = `audit.actions.${action}`;
    const label = i18n.exists(key) ? t(key, { returnObjects: false }) : null;
    return typeof label === 'string' && label !== key ? label : action;
  };
}
