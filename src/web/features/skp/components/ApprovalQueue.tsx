import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SkpSummary } from '../../../../shared/schemas/planning';
import { SelectField } from '../../../components/Field';
import { Table, type Column } from '../../../components/Table';
import { QueryState } from '../../../components/QueryState';
import { links } from '../../../config/paths';
import { useSkpList } from '../api/get-skp-list';
import { currentYear, useYears } from '../../../api/years';
import { SkpStatusBadge } from './SkpStatus';
import './skp.css';

const statuses = ['DIAJUKAN', 'DIKEMBALIKAN', 'DRAFT', 'DISETUJUI', ''] as const;

/** Persetujuan SKP: the SKP of the people I am atasan or penilai for, submitted ones first. */
export function ApprovalQueue() {
  const { t } = useTranslation();
  const years = useYears();
  const [status, setStatus] = useState<string>('DIAJUKAN');
  const [chosenYear, setChosenYear] = useState<number | undefined>();
  const year = chosenYear ?? (years.data ? currentYear(years.data.items) : undefined);
  const list = useSkpList({ scope: 'team', year, status }, year !== undefined);
  const columns: Column<SkpSummary>[] = [
    { key: 'name', header: t('skp.queue.pegawai'), cell: (row) => <Link to={links.skpView(row.id)}>{row.pegawai.name}</Link> },
    { key: 'nip', header: t('skp.person.nip'), cell: (row) => <span className="mono">{row.pegawai.nip}</span> },
    { key: 'jabatan', header: t('skp.person.jabatan'), cell: (row) => row.jabatan },
    { key: 'status', header: t('skp.queue.status'), cell: (row) => <SkpStatusBadge status={row.status} /> },
    { key: 'rhk', header: t('skp.queue.rhkCount'), cell: (row) => row.rhkCount },
  ];
  return (
    <div className="stack">
      <div className="skp-filters">
        <SelectField
          label={t('skp.queue.statusFilter')}
          value={status}
          onChange={(event) => setStatus(event.target.value)}
          options={statuses.map((value) => ({ value, label: value ? t(`skp.status.${value}`) : t('skp.queue.allStatuses') }))}
        />
        <SelectField
          label={t('skp.year')}
          value={year === undefined ? '' : String(year)}
          onChange={(event) => setChosenYear(Number(event.target.value))}
          options={(years.data?.items ?? []).map((y) => ({ value: String(y.year), label: String(y.year) }))}
        />
      </div>
      <QueryState query={list} empty={{ isEmpty: (data) => data.items.length === 0, title: t('skp.queue.empty'), hint: t('skp.queue.emptyHint') }}>
        {(data) => <Table caption={t('skp.queue.caption')} columns={columns} rows={data.items} rowKey={(row) => row.id} />}
      </QueryState>
    </div>
  );
}
