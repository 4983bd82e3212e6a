import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { AuditPanel } from '../../features/audit/components/AuditPanel';

export function AuditRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      <AuditPanel />
    </>
  );
}
