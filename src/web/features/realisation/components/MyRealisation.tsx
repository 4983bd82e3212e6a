import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { QueryState } from '../../../components/QueryState';
import { links, paths } from '../../../config/paths';
import { useMyPeriod } from '../api/resolve-my-period';

/** "Realisasi saya": straight to the running approved SKP's current period, or why there is none. */
export function MyRealisation({ skpId }: { skpId: string | null }) {
  const { t } = useTranslation();
  const target = useMyPeriod(skpId);
  if (!target.isSuccess) return <QueryState query={target} />;
  const found = target.data;
  if (found.kind === 'period') return <Navigate to={links.realisationPeriod(found.skpId, found.periodId)} replace />;
  const title = found.kind === 'no-period' ? t('realisation.mine.noPeriod', { year: found.year }) : t('realisation.mine.notApproved', { year: found.year });
  const hint =
    found.kind === 'no-period'
      ? t('realisation.mine.noPeriodHint')
      : found.status === null
        ? t('realisation.mine.noSkpHint')
        : t('realisation.mine.notApprovedHint', { status: t(`realisation.skpStatus.${found.status}`) });
  return <EmptyState title={title} hint={hint} action={<Link to={paths.skpMine}>{t('realisation.mine.toSkp')}</Link>} />;
}
