import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { Table, type Column } from '../../../components/Table';
import { links } from '../../../config/paths';
import type { CalibrationMember, CalibrationView } from '../api/types';
import { useLabels } from '../hooks/use-labels';
import { AdjustDialog } from './AdjustDialog';
import { PredikatBadge } from './PredikatBadge';

/** The group: each member's ratings and predikat, a link to their rating screen, a quick adjust. */
export function CalibrationMembers({ view, periodId }: { view: CalibrationView; periodId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [adjusting, setAdjusting] = useState<CalibrationMember | null>(null);
  const columns: Column<CalibrationMember>[] = [
    {
      key: 'name',
      header: t('evaluation.calibration.member'),
      cell: (m) => (
        <>
          <Link to={links.evaluationRating(m.skpId, periodId)}>{m.name}</Link>
          <div className="muted">{m.jabatan}</div>
        </>
      ),
    },
    { key: 'hasil', header: t('evaluation.rate.hasilKerja'), cell: (m) => labels.rating(m.ratingHasilKerja) },
    { key: 'perilaku', header: t('evaluation.rate.perilaku'), cell: (m) => labels.rating(m.ratingPerilaku) },
    { key: 'predikat', header: t('evaluation.curve.predikat'), cell: (m) => <PredikatBadge value={m.predikat} /> },
    { key: 'status', header: t('evaluation.calibration.status'), cell: (m) => t(`evaluation.status.${m.status}`) },
    {
      key: 'actions',
      header: t('evaluation.calibration.actions'),
      cell: (m) =>
        view.can.adjust && m.evaluationId && m.predikat && (m.status === 'DINILAI' || m.status === 'DRAFT') ? (
          <Button size="sm" variant="secondary" onClick={() => setAdjusting(m)} aria-label={t('evaluation.calibration.adjustFor', { name: m.name })}>
            {t('evaluation.calibration.adjust')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <Table caption={t('evaluation.calibration.membersCaption')} columns={columns} rows={view.members} rowKey={(m) => m.skpId} />
      {adjusting ? <AdjustDialog member={adjusting} onClose={() => setAdjusting(null)} /> : null}
    </>
  );
}
