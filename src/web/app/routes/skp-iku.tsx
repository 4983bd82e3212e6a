import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { OrgGoalsPanel } from '../../features/skp/components/OrgGoalsPanel';

const editors = ['ADMIN_BKPSDM', 'PIMPINAN', 'ADMIN_OPD'];

export function SkpIkuRoute() {
  const { t } = useTranslation();
  const { roles } = useCurrentUser();
  return (
    <>
      <PageHeader title={t('skp.iku.title')} intro={t('skp.iku.intro')} />
      <OrgGoalsPanel canEdit={roles.some((role) => editors.includes(role))} />
    </>
  );
}
