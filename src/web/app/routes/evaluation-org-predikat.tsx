import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { OrgPredikatPage } from '../../features/evaluation/components/OrgPredikatPage';

export function EvaluationOrgPredikatRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('evaluation.page.orgTitle')} intro={t('evaluation.page.orgIntro')} />
      <OrgPredikatPage />
    </>
  );
}
