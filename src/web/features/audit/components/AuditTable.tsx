import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/schemas/audit';
import { Table, type Column } from '../../../components/Table';
import { useDateFormat } from '../../../hooks/use-date-format';
import { useAuditActionLabel } from '../hooks/use-audit-action-label';
import { AuditEntrySummary } from './AuditEntrySummary';
import './audit-table.css';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const actionLabel = useAuditActionLabel();
  const { shortDateTime } = useDateFormat();

  const columns: Column<AuditEntry>[] = [
    {
      key: 'time',
      header: t('audit.columns.time'),
      className: 'audit-table__time',
      cell: (entry) => <time dateTime={entry.at}>{shortDateTime(entry.at, { seconds: true })}</time>,
    },
    {
      key: 'actor',
      header: t('audit.columns.actor'),
      className: 'audit-table__actor',
      cell: (entry) =>
        entry.actorLogin ? (
          <span className="mono">{entry.actorLogin}</span>
        ) : (
          // No actor and no address is the system itself (seed, jobs); an address is a caller without a session.
          <span className="muted">{entry.ip ? t('audit.anonymous') : t('audit.system')}</span>
        ),
    },
    {
      key: 'action',
      header: t('audit.columns.action'),
      cell: (entry) => (
        <>
          <span className="audit-table__action">{actionLabel(entry.action)}</span>
          <span className="audit-table__raw mono">{entry.action}</span>
        </>
      ),
    },
    {
      key: 'entity',
      header: t('audit.columns.entity'),
      cell: (entry) => (
        <>
          <span className="audit-table__entity">
            {t(`audit.entities.${entry.entityType}`, { defaultValue: entry.entityType })}
            {entry.entityId ? (
              <>
                {' '}
                <span className="mono">#{entry.entityId}</span>
              </>
            ) : null}
          </span>
          <AuditEntrySummary data={entry.data} />
        </>
      ),
    },
    {
      key: 'data',
      header: t('audit.columns.data'),
      className: 'audit-table__data',
      cell: (entry) => (
        <details className="audit-data">
          <summary>
            {t('audit.showData')}
            <span className="visually-hidden"> #{entry.seq}</span>
          </summary>
          <pre>{JSON.stringify(entry.data, null, 2)}</pre>
          <dl>
            <dt>{t('audit.ip')}</dt>
            <dd className="mono">{entry.ip ?? '—'}</dd>
            <dt>{t('audit.requestId')}</dt>
            <dd className="mono">{entry.requestId ?? '—'}</dd>
          </dl>
        </details>
      ),
    },
  ];

  return <Table caption={t('audit.tableCaption')} columns={columns} rows={entries} rowKey={(entry) => entry.id} />;
}
