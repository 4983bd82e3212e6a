import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { CopyButton } from '../../../components/CopyButton';
import { links } from '../../../config/paths';
import type { Receipt } from '../api/types';
import { useLabels } from '../hooks/use-labels';

/** After filing: the ticket code to keep, the deadlines, and the way to follow it. */
export function ComplaintReceiptView({ receipt }: { receipt: Receipt }) {
  const { t } = useTranslation();
  const label = useLabels();
  return (
    <div className="stack">
      <Alert tone="success" title={t(receipt.duplicate ? 'publicService.receipt.duplicateTitle' : 'publicService.receipt.title')}>
        <p>{t(receipt.duplicate ? 'publicService.receipt.duplicate' : 'publicService.receipt.body', { unit: receipt.unitName })}</p>
      </Alert>
      <div className="card stack ps-receipt">
        <p className="ps-receipt__label" id="ps-ticket-label">
          {t('publicService.receipt.ticket')}
        </p>
        <p className="ps-ticket mono" aria-labelledby="ps-ticket-label" data-testid="ticket-code">
          {receipt.ticket}
        </p>
        <div className="ps-receipt__copy">
          <CopyButton text={receipt.ticket} label={t('publicService.receipt.copy')} />
        </div>
        <p>{t('publicService.receipt.keep')}</p>
        <dl className="ps-facts">
          <dt>{t('publicService.field.category')}</dt>
          <dd>{label.category(receipt.category)}</dd>
          <dt>{t('publicService.field.firstResponseDue')}</dt>
          <dd>{label.date(receipt.firstResponseDue)}</dd>
          <dt>{t('publicService.field.resolutionDue')}</dt>
          <dd>{label.date(receipt.resolutionDue)}</dd>
        </dl>
        <Link className="button button--primary" to={links.complaintStatus(receipt.ticket)}>
          {t('publicService.receipt.follow')}
        </Link>
      </div>
    </div>
  );
}
