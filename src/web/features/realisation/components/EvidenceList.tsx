import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceView } from '../../../../shared/schemas/execution';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { evidenceFileUrl, useDeleteEvidence } from '../api/delete-evidence';
import { useReviewEvidence } from '../api/review-evidence';
import { formatShortDateTime } from '../../../lib/dates';
import { formatBytes } from '../utils/format';
import { EvidenceStatus } from './EvidenceStatus';
import { RejectEvidenceDialog } from './RejectEvidenceDialog';

/** Bukti dukung of one IKI in one period, with what the server lets the viewer do to each. */
export function EvidenceList({ evidence }: { evidence: EvidenceView[] }) {
  const { t, i18n } = useTranslation();
  const [rejecting, setRejecting] = useState<EvidenceView | null>(null);
  const [deleting, setDeleting] = useState<EvidenceView | null>(null);
  const review = useReviewEvidence();
  const remove = useDeleteEvidence();

  if (evidence.length === 0) return <p className="muted">{t('realisation.evidence.none')}</p>;
  return (
    <>
      <ul className="evidence-list">
        {evidence.map((item) => {
          const href = item.kind === 'LINK' ? (item.url ?? '#') : evidenceFileUrl(item.id);
          const meta = item.kind === 'LINK' ? t('realisation.evidence.link') : [item.fileName, item.sizeBytes === null ? '' : formatBytes(item.sizeBytes, i18n.language)].filter(Boolean).join(' · ');
          return (
            <li key={item.id} className="evidence-item">
              <div className="evidence-item__head">
                <a href={href} target="_blank" rel="noopener noreferrer" className="evidence-item__title">
                  {item.title}
                  <span className="visually-hidden"> {t('realisation.evidence.opensNew')}</span>
                </a>
                <EvidenceStatus status={item.status} />
              </div>
              <p className="evidence-item__meta muted">{meta}</p>
              {item.status === 'REJECTED' && item.reviewReason ? (
                <p className="evidence-item__reason">
                  <strong>{t('realisation.evidence.rejectedBecause')}</strong> {item.reviewReason}
                  {item.reviewerName ? <span className="muted"> — {item.reviewerName}{item.reviewedAt ? `, ${formatShortDateTime(item.reviewedAt, i18n.language)}` : ''}</span> : null}
                </p>
              ) : null}
              {item.can.review || item.can.delete ? (
                <div className="evidence-item__actions">
                  {item.can.review && item.status !== 'ACCEPTED' ? (
                    <Button size="sm" variant="secondary" onClick={() => review.mutate({ evidenceId: item.id, decision: 'ACCEPTED' })} busy={review.isPending && review.variables.evidenceId === item.id} busyLabel={t('common.saving')} aria-label={t('realisation.review.acceptNamed', { title: item.title })}>
                      {t('realisation.review.accept')}
                    </Button>
                  ) : null}
                  {item.can.review && item.status !== 'REJECTED' ? (
                    <Button size="sm" variant="danger" onClick={() => setRejecting(item)} aria-label={t('realisation.review.rejectNamed', { title: item.title })}>
                      {t('realisation.review.reject')}
                    </Button>
                  ) : null}
                  {item.can.delete ? (
                    <Button size="sm" variant="ghost" onClick={() => setDeleting(item)} aria-label={t('realisation.evidence.deleteNamed', { title: item.title })}>
                      {t('realisation.evidence.delete')}
                    </Button>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {review.error ? <ErrorMessage error={review.error} /> : null}
      {rejecting ? <RejectEvidenceDialog evidence={rejecting} onClose={() => setRejecting(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('realisation.evidence.deleteTitle')}
          confirmLabel={t('realisation.evidence.delete')}
          busy={remove.isPending}
          error={remove.error}
          onCancel={() => setDeleting(null)}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
        >
          <p>{t('realisation.evidence.deleteConfirm', { title: deleting.title })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
