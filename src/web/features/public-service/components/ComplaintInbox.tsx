import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { complaintStatuses } from '../../../../domain/complaint-workflow';
import { EmptyState } from '../../../components/EmptyState';
import { SelectField } from '../../../components/Field';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useUnitComplaints } from '../api/complaint-lists';
import { useServiceUnits } from '../api/service-units';
import { useLabels } from '../hooks/use-labels';
import { ComplaintList } from './ComplaintList';
import { ServiceUnitPicker } from './ServiceUnitPicker';
import './public-service.css';

/** /pengaduan-layanan: a unit's complaints, filtered by status and lateness; the filter lives in the URL. */
export function ComplaintInbox() {
  const { t } = useTranslation();
  const label = useLabels();
  const units = useServiceUnits();
  const [params, setParams] = useSearchParams();
  const items = units.data?.items ?? [];
  const unitId = params.get('unit') ?? items[0]?.id ?? '';
  const status = params.get('status') ?? 'OPEN';
  const overdue = params.get('terlambat') === '1';
  const periodId = params.get('periode') ?? undefined;
  const complaints = useUnitComplaints(unitId, { status: status === 'ALL' ? undefined : status, overdue: overdue ? 'true' : undefined, ...(periodId ? { periodId } : {}) });
  const setParam = (key: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === null) next.delete(key);
      else next.set(key, value);
      return next;
    });
  const unit = items.find((u) => u.id === unitId);

  return (
    <div className="stack">
      <PageHeader title={t('publicService.staff.inboxTitle')} intro={unit ? `${unit.name} · ${unit.opdName}` : undefined} />
      {!units.isSuccess ? <QueryState query={units} /> : null}
      {units.data && items.length === 0 ? <EmptyState title={t('publicService.staff.noUnits')} hint={t('publicService.staff.noUnitsHint')} /> : null}
      {unitId ? (
        <>
          <div className="ps-filters">
            <ServiceUnitPicker units={items} value={unitId} onChange={(id) => setParam('unit', id)} />
            <SelectField
              label={t('publicService.staff.statusFilter')}
              value={status}
              onChange={(event) => setParam('status', event.target.value)}
              options={[
                { value: 'OPEN', label: t('publicService.staff.open') },
                { value: 'ALL', label: t('publicService.staff.all') },
                ...complaintStatuses.map((s) => ({ value: s, label: label.status(s) })),
              ]}
            />
            <label className="ps-check">
              <input type="checkbox" checked={overdue} onChange={(event) => setParam('terlambat', event.target.checked ? '1' : null)} />
              {t('publicService.staff.overdueOnly')}
            </label>
          </div>
          {unit && unit.overdueComplaints > 0 ? <p className="muted">{t('publicService.staff.overdueCount', { count: unit.overdueComplaints })}</p> : null}
          <ComplaintList query={complaints} emptyTitle={t('publicService.staff.inboxEmpty')} />
        </>
      ) : null}
    </div>
  );
}
