import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/Alert';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { QueryState } from '../../../components/QueryState';
import { useCalibration } from '../api/get-calibration';
import { defaultPeriodId, usePeriods } from '../../../api/years';
import { todayIso } from '../../../lib/dates';
import { useLabels } from '../hooks/use-labels';
import { CalibrationMembers } from './CalibrationMembers';
import { DistributionChart } from './DistributionChart';
import { DistributionTable, useDescribeViolation } from './DistributionTable';
import { FinaliseControl } from './FinaliseControl';
import { PeriodPicker } from './PeriodPicker';
import './evaluation.css';

/** Kalibrasi: the penilai's group in one period against the kurva distribusi, then finalisation. */
export function CalibrationPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const describe = useDescribeViolation();
  const [params, setParams] = useSearchParams();
  const periods = usePeriods();
  const periodId = params.get('periodId') ?? (periods.data ? defaultPeriodId(periods.data, todayIso()) : '');
  const calibration = useCalibration(periodId);

  if (!periods.isSuccess) return <QueryState query={periods} />;
  const view = calibration.data;
  return (
    <div className="evaluation stack">
      <div className="eval-toolbar">
        <PeriodPicker periods={periods.data} value={periodId} onChange={(id) => setParams({ periodId: id }, { replace: true })} />
      </div>
      {calibration.isError ? <ErrorMessage error={calibration.error} onRetry={() => void calibration.refetch()} /> : null}
      {!view ? (calibration.isError ? null : <Loading />) : view.total === 0 ? (
        <EmptyState title={t('evaluation.calibration.empty')} />
      ) : (
        <>
          <section className="card stack" aria-labelledby="curve-title">
            <h2 id="curve-title">{t('evaluation.calibration.curveTitle')}</h2>
            <p>
              {view.orgPredikat
                ? t('evaluation.calibration.curveOf', { unit: view.curveUnit?.name ?? '', org: labels.orgPredikat(view.orgPredikat), mode: t(`evaluation.calibration.mode.${view.enforcement}`) })
                : t('evaluation.calibration.noOrgPredikat')}
            </p>
            <div className="eval-curve">
              <DistributionChart view={view} />
              <DistributionTable view={view} />
            </div>
            {view.check && !view.check.ok ? (
              <Alert tone={view.enforcement === 'hard' ? 'error' : 'warning'} title={t('evaluation.calibration.violations')} live={false}>
                <ul>
                  {view.check.violations.map((v) => <li key={`${v.rule}-${v.predikat.join()}`}>{describe(v)}</li>)}
                </ul>
              </Alert>
            ) : view.check?.ok ? (
              <p className="eval-ok">{t('evaluation.calibration.fits')}</p>
            ) : null}
            {!view.satisfiable && view.orgPredikat ? <p className="muted">{t('evaluation.calibration.unsatisfiable')}</p> : null}
            {view.forcedMembers.length > 0 ? <Alert tone="info" live={false}>{t('evaluation.calibration.forced', { names: view.forcedMembers.join(', ') })}</Alert> : null}
          </section>
          <CalibrationMembers view={view} periodId={periodId} />
          <FinaliseControl view={view} periodId={periodId} />
        </>
      )}
    </div>
  );
}
