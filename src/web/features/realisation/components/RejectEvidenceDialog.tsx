import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceReviewInput, type EvidenceView } from '../../../../shared/schemas/execution';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { TextAreaField } from '../../../components/TextAreaField';
import { useReviewEvidence } from '../api/review-evidence';
import { maxLengthOf } from '../../../lib/schema-limits';

/** Tolak bukti: the reason is required, so the pegawai knows what to bring instead. */
export function RejectEvidenceDialog({ evidence, onClose }: { evidence: EvidenceView; onClose: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const review = useReviewEvidence();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('realisation.review.reasonRequired'));
      return;
    }
    review.mutate({ evidenceId: evidence.id, decision: 'REJECTED', reason: reason.trim() }, { onSuccess: onClose });
  }

  return (
    <Dialog
      title={t('realisation.review.rejectTitle')}
      onClose={onClose}
      actions={<FormDialogActions formId={formId} pending={review.isPending} submitLabel={t('realisation.review.rejectSubmit')} onCancel={onClose} danger />}
    >
      <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
        <p>{t('realisation.review.rejectIntro', { title: evidence.title })}</p>
        <TextAreaField label={t('realisation.review.reason')} value={reason} onChange={(event) => setReason(event.target.value)} error={error} maxLength={maxLengthOf(evidenceReviewInput.shape.reason)} rows={4} required />
        {review.error ? <ErrorMessage error={review.error} /> : null}
      </form>
    </Dialog>
  );
}
