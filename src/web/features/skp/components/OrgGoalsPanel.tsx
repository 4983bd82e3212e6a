import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgGoalView } from '../../../../shared/schemas/planning';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Table, type Column } from '../../../components/Table';
import { QueryState } from '../../../components/QueryState';
import { useDeleteOrgGoal } from '../api/delete-org-goal';
import { useOrgGoals } from '../api/get-org-goals';
import { OpdYearPicker } from './OpdYearPicker';
import { OrgGoalDialog } from './OrgGoalDialog';
import './skp.css';

/** IKU OPD: the goals of one OPD for one year; `canEdit` only hides buttons, the server decides. */
export function OrgGoalsPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<{ opdId: string; year: number | undefined }>({ opdId: '', year: undefined });
  const onChange = useCallback((next: { opdId: string; year: number | undefined }) => setFilter(next), []);
  const goals = useOrgGoals(filter.opdId, filter.year);
  const remove = useDeleteOrgGoal();
  const [editing, setEditing] = useState<OrgGoalView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<OrgGoalView | null>(null);
  const columns: Column<OrgGoalView>[] = [
    { key: 'code', header: t('skp.iku.code'), cell: (row) => row.code },
    { key: 'sasaran', header: t('skp.iku.sasaran'), cell: (row) => row.sasaran },
    { key: 'indicator', header: t('skp.iku.indicator'), cell: (row) => row.indicator },
    { key: 'target', header: t('skp.iku.target'), cell: (row) => `${row.target.toLocaleString('id-ID')} ${row.satuan}` },
    { key: 'direction', header: t('skp.iku.direction'), cell: (row) => t(`skp.iku.${row.direction}`) },
    { key: 'supported', header: t('skp.iku.supportedBy'), cell: (row) => row.supportedBy },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: t('skp.actions'),
      cell: (row) => (
        <div className="skp-buttons cluster">
          <Button size="sm" variant="secondary" onClick={() => setEditing(row)} aria-label={t('skp.iku.editNamed', { code: row.code })}>
            {t('skp.rhk.edit')}
          </Button>
          <Button size="sm" variant="danger" onClick={() => setDeleting(row)} aria-label={t('skp.iku.deleteNamed', { code: row.code })}>
            {t('skp.rhk.delete')}
          </Button>
        </div>
      ),
    });
  }
  return (
    <div className="stack">
      <OpdYearPicker opdId={filter.opdId} year={filter.year} onChange={onChange} />
      {!filter.opdId ? <p className="muted">{t('skp.iku.chooseOpd')}</p> : null}
      {canEdit && filter.opdId && filter.year !== undefined ? <Button onClick={() => setEditing('new')}>{t('skp.iku.add')}</Button> : null}
      {filter.opdId ? (
        <QueryState query={goals} empty={{ isEmpty: (data) => data.items.length === 0, title: t('skp.iku.empty') }}>
          {(data) => <Table caption={t('skp.iku.caption')} columns={columns} rows={data.items} rowKey={(row) => row.id} />}
        </QueryState>
      ) : null}
      {editing && filter.year !== undefined ? <OrgGoalDialog opdId={filter.opdId} year={filter.year} goal={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('skp.iku.deleteTitle')}
          confirmLabel={t('skp.rhk.delete')}
          busy={remove.isPending}
          error={remove.error}
          onCancel={() => setDeleting(null)}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
        >
          <p>{t('skp.iku.deleteConfirm', { code: deleting.code, indicator: deleting.indicator })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
