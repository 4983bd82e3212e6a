import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { canOpen } from '../../config/access';
import { links, paths } from '../../config/paths';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { usePeriodRealisation } from '../../features/realisation/api/get-period';
import { PeriodView } from '../../features/realisation/components/PeriodView';

/** One SKP's realisation in one period: the pegawai's own, or a team member's for their atasan. */
export function RealisationPeriodRoute() {
  const { t } = useTranslation();
  const { user, roles } = useCurrentUser();
  const params = useParams();
  const skpId = params.skpId ?? '';
  const periodId = params.periodId ?? '';
  const period = usePeriodRealisation(skpId, periodId);
  const view = period.data;
  const own = view ? view.skp.pegawaiId === user.pegawaiId : true;
  const title = view ? (own ? t('realisation.page.title', { period: view.period.name }) : `${t('realisation.page.title', { period: view.period.name })} · ${view.skp.pegawaiName}`) : t('realisation.page.titlePlain');
  return (
    <>
      <p>
        {!own && canOpen('realisationTeam', roles) ? <Link to={paths.realisationTeam}>{t('realisation.page.backToTeam')}</Link> : <Link to={own ? paths.skpMine : links.skpView(skpId)}>{t('realisation.page.backToSkp')}</Link>}
      </p>
      <PageHeader title={title} intro={view ? (view.can.edit ? t('realisation.page.intro') : view.can.review || view.can.giveFeedback ? t('realisation.page.introReview') : undefined) : undefined} />
      <PeriodView skpId={skpId} periodId={periodId} />
    </>
  );
}
