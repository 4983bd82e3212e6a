import { useTranslation } from 'react-i18next';
import type { RhkView } from '../../../../shared/schemas/planning';
import { Button } from '../../../components/Button';
import { Table, type Column } from '../../../components/Table';
import { formatTarget } from '../utils/format-target';

interface RhkTableProps {
  jenis: 'UTAMA' | 'TAMBAHAN';
  rhk: RhkView[];
  onEdit?: ((rhk: RhkView) => void) | undefined;
  onDelete?: ((rhk: RhkView) => void) | undefined;
}

/** One section of RHK: a table on a desktop, stacked cards on a phone (the Table does both). */
export function RhkTable({ jenis, rhk, onEdit, onDelete }: RhkTableProps) {
  const { t } = useTranslation();
  const title = t(`skp.rhk.section.${jenis}`);
  const columns: Column<RhkView>[] = [
    {
      key: 'rhk',
      header: t('skp.rhk.text'),
      cell: (row) => (
        <>
          <p className="skp-rhk__text">{row.text}</p>
          {row.parent ? (
            <p className="skp-rhk__parent">
              {t('skp.rhk.intervenes', { owner: row.parent.ownerName })} <q>{row.parent.text}</q>
            </p>
          ) : null}
          {row.orgGoal ? (
            <p className="skp-rhk__parent">
              {t('skp.rhk.supportsIku', { code: row.orgGoal.code })} <q>{row.orgGoal.indicator}</q>
            </p>
          ) : null}
          {!row.parent && !row.orgGoal ? <p className="skp-rhk__parent muted">{t('skp.rhk.noParent')}</p> : null}
        </>
      ),
    },
    {
      key: 'iki',
      header: t('skp.rhk.iki'),
      cell: (row) => (
        <ul className="skp-iki-list">
          {row.iki.map((iki) => (
            <li key={iki.id}>
              <span className="badge badge--neutral">{t(`skp.aspek.${iki.aspek}`)}</span> {iki.indicator}
              <br />
              <span className="muted">{t('skp.iki.target')}:</span> <strong>{formatTarget(iki)}</strong>
              {iki.accumulation && iki.targetValue !== null ? <span className="muted"> · {t(`skp.iki.accumulation${iki.accumulation}`)}</span> : null}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  if (onEdit && onDelete) {
    columns.push({
      key: 'actions',
      header: t('skp.actions'),
      className: 'skp-rhk__actions',
      cell: (row) => (
        <div className="skp-buttons cluster">
          <Button size="sm" variant="secondary" onClick={() => onEdit(row)} aria-label={t('skp.rhk.editNamed', { text: row.text })}>
            {t('skp.rhk.edit')}
          </Button>
          <Button size="sm" variant="danger" onClick={() => onDelete(row)} aria-label={t('skp.rhk.deleteNamed', { text: row.text })}>
            {t('skp.rhk.delete')}
          </Button>
        </div>
      ),
    });
  }
  return (
    <section className="skp-section" aria-labelledby={`rhk-${jenis}`}>
      <h2 id={`rhk-${jenis}`}>{title}</h2>
      {rhk.length === 0 ? <p className="muted">{t('skp.rhk.none')}</p> : <Table caption={title} columns={columns} rows={rhk} rowKey={(row) => row.id} />}
    </section>
  );
}
