import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Loading } from '../../../components/Loading';
import { QueryState } from '../../../components/QueryState';
import { usePeriodRealisation } from '../api/get-period';
import { PerilakuFeedback } from './PerilakuFeedback';
import { PeriodLock } from './PeriodLock';
import { PeriodNav } from './PeriodNav';
import { PeriodSummary } from './PeriodSummary';
import { RhkCard } from './RhkCard';
import { SubmitPeriod } from './SubmitPeriod';
import './realisation.css';

// recharts is large; the charts load after the form, which is what a phone opens the page for.
const ProgressSection = lazy(() => import('./ProgressSection').then((m) => ({ default: m.ProgressSection })));

/** Realisasi of one SKP for one period; every control comes from the server's `can`. */
export function PeriodView({ skpId, periodId }: { skpId: string; periodId: string }) {
  const { t } = useTranslation();
  const period = usePeriodRealisation(skpId, periodId);
  if (!period.isSuccess) return <QueryState query={period} />;
  const view = period.data;
  const byJenis = (jenis: 'UTAMA' | 'TAMBAHAN') => view.rhk.filter((rhk) => rhk.jenis === jenis);
  return (
    <div className="realisation stack">
      <PeriodNav view={view} />
      <PeriodSummary view={view} />
      <PeriodLock view={view} />
      {view.can.edit && view.late ? (
        <Alert tone="warning" live={false}>
          {t('realisation.lateNotice')}
        </Alert>
      ) : null}
      {(['UTAMA', 'TAMBAHAN'] as const).map((jenis) => {
        const rows = byJenis(jenis);
        if (jenis === 'TAMBAHAN' && rows.length === 0) return null;
        return (
          <section key={jenis} className="realisation-section" aria-labelledby={`realisation-${jenis}`}>
            <h2 id={`realisation-${jenis}`}>{t(`realisation.rhk.section.${jenis}`)}</h2>
            {rows.length === 0 ? <p className="muted">{t('realisation.rhk.none')}</p> : rows.map((rhk) => <RhkCard key={rhk.id} view={view} rhk={rhk} />)}
          </section>
        );
      })}
      <PerilakuFeedback view={view} />
      <SubmitPeriod view={view} />
      <Suspense fallback={<Loading />}>
        <ProgressSection skpId={view.skp.id} />
      </Suspense>
    </div>
  );
}
