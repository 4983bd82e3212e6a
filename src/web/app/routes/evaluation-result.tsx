import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { ResultPage } from '../../features/evaluation/components/ResultPage';

export function EvaluationResultRoute() {
  const { t } = useTranslation();
  const { evaluationId = '' } = useParams();
  return (
    <>
      <PageHeader title={t('evaluation.page.resultTitle')} />
      <ResultPage evaluationId={evaluationId} />
    </>
  );
}
