import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { RatingPage } from '../../features/evaluation/components/RatingPage';

export function EvaluationRatingRoute() {
  const { t } = useTranslation();
  const { skpId = '' } = useParams();
  const [params] = useSearchParams();
  const { user } = useCurrentUser();
  return (
    <>
      <PageHeader title={t('evaluation.page.ratingTitle')} intro={t('evaluation.page.ratingIntro')} />
      <RatingPage skpId={skpId} periodId={params.get('periodId') ?? ''} viewerPegawaiId={user.pegawaiId} />
    </>
  );
}
