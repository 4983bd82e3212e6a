import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { predikat as predikatOf } from '../../../../domain/predikat';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { TextAreaField } from '../../../components/TextAreaField';
import { useAdjustCalibration } from '../api/adjust-calibration';
import type { CalibrationMember, Rating } from '../api/types';
import { PredikatBadge } from './PredikatBadge';
import { RatingRadios } from './RatingRadios';
import { calibrationAdjustInput } from '../../../../shared/schemas/evaluation';
import { maxLengthOf } from '../../../lib/schema-limits';

/** A quick change of one member's overall ratings during calibration, with its reason (audited). */
export function AdjustDialog({ member, onClose }: { member: CalibrationMember; onClose: () => void }) {
  const { t } = useTranslation();
  const adjust = useAdjustCalibration();
  const [hasilKerja, setHasilKerja] = useState<Rating | null>(member.ratingHasilKerja);
  const [perilaku, setPerilaku] = useState<Rating | null>(member.ratingPerilaku);
  const [reason, setReason] = useState('');
  const preview = hasilKerja && perilaku ? predikatOf(hasilKerja, perilaku) : null;
  const formId = `adjust-${member.pegawaiId}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!member.evaluationId) return;
    adjust.mutate(
      {
        evaluationId: member.evaluationId,
        body: {
          ...(hasilKerja && hasilKerja !== member.ratingHasilKerja && !member.isUnitHead ? { ratingHasilKerja: hasilKerja } : {}),
          ...(perilaku && perilaku !== member.ratingPerilaku ? { ratingPerilaku: perilaku } : {}),
          reason,
        },
      },
      { onSuccess: onClose },
    );
  }

  return (
    <Dialog title={t('evaluation.calibration.adjustTitle', { name: member.name })} onClose={onClose} actions={<FormDialogActions formId={formId} pending={adjust.isPending} submitLabel={t('evaluation.calibration.adjustSave')} onCancel={onClose} />}>
      <form id={formId} className="stack" onSubmit={submit}>
        {member.isUnitHead ? null : <RatingRadios legend={t('evaluation.rate.hasilKerja')} name={`${formId}-hasil`} value={hasilKerja} onChange={setHasilKerja} />}
        <RatingRadios legend={t('evaluation.rate.perilaku')} name={`${formId}-perilaku`} value={perilaku} onChange={setPerilaku} />
        <p aria-live="polite">{t('evaluation.rate.preview')} <PredikatBadge value={preview} /></p>
        <TextAreaField label={t('evaluation.calibration.reason')} value={reason} onChange={(e) => setReason(e.target.value)} required rows={3} maxLength={maxLengthOf(calibrationAdjustInput.shape.reason)} />
        {adjust.isError ? <ErrorMessage error={adjust.error} /> : null}
      </form>
    </Dialog>
  );
}
