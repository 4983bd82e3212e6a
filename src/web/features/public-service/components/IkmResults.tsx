import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/Field';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { usePeriods } from '../../../api/years';
import { todayIso } from '../../../lib/dates';
import { defaultIkmPeriodId } from '../api/ikm-result';
import { useServiceUnits } from '../api/service-units';
import { IkmResultPanel } from './IkmResultPanel';
import { ServiceUnitPicker } from './ServiceUnitPicker';
import './public-service.css';

/** /ikm: a unit's IKM for a period — NRR per unsur, index, mutu — and the official reports. */
export function IkmResults() {
  const { t } = useTranslation();
  const units = useServiceUnits();
  const periods = usePeriods();
  const [params, setParams] = useSearchParams();
  const items = units.data?.items ?? [];
  const unitId = params.get('unit') ?? items[0]?.id ?? '';
  const periodId = params.get('periode') ?? defaultIkmPeriodId(periods.data ?? [], todayIso());
  const setParam = (key: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(key, value);
      return next;
    });
  const pending = units.isPending || periods.isPending;
  const error = units.error ?? periods.error;
  return (
    <div className="stack">
      <PageHeader title={t('publicService.ikmResult.title')} intro={t('publicService.ikmResult.intro')} />
      {pending ? <Loading /> : null}
      {error ? <ErrorMessage error={error} onRetry={() => void Promise.all([units.refetch(), periods.refetch()])} /> : null}
      {units.data && items.length === 0 ? <EmptyState title={t('publicService.staff.noUnits')} hint={t('publicService.staff.noUnitsHint')} /> : null}
      {unitId && periods.data ? (
        <>
          <div className="ps-filters">
            <ServiceUnitPicker units={items} value={unitId} onChange={(id) => setParam('unit', id)} />
            <SelectField
              label={t('publicService.ikmResult.period')}
              value={periodId}
              onChange={(event) => setParam('periode', event.target.value)}
              options={periods.data.map((p) => ({ value: p.id, label: `${p.name} ${p.year}` }))}
            />
          </div>
          {periodId ? <IkmResultPanel unitId={unitId} periodId={periodId} /> : null}
        </>
      ) : null}
    </div>
  );
}
