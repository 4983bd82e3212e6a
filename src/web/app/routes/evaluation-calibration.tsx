import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { CalibrationPage } from '../../features/evaluation/components/CalibrationPage';

export function EvaluationCalibrationRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('evaluation.page.calibrationTitle')} intro={t('evaluation.page.calibrationIntro')} />
      <CalibrationPage />
    </>
  );
}
