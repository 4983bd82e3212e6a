import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../lib/api-error';
import { useComplaintStatus } from '../api/complaint-status';
import { statusBadgeClass, useLabels } from '../hooks/use-labels';
import { TicketLookup } from './TicketLookup';
import './public-service.css';

/** /pengaduan/:ticket — the status, deadlines and the unit's answers; no description, no names. */
export function ComplaintStatusView({ ticket }: { ticket: string }) {
  const { t } = useTranslation();
  const label = useLabels();
  const status = useComplaintStatus(ticket);
  if (status.isPending) return <Loading />;
  if (status.isError) {
    const unknown = isApiError(status.error) && ['NOT_FOUND', 'VALIDATION_FAILED'].includes(status.error.code);
    return (
      <div className="stack">
        <h1 tabIndex={-1}>{t('publicService.status.title', { ticket })}</h1>
        {unknown ? (
          <Alert tone="warning" title={t('publicService.status.notFoundTitle')}>
            <p>{t('publicService.status.notFound')}</p>
          </Alert>
        ) : (
          <ErrorMessage error={status.error} onRetry={() => void status.refetch()} />
        )}
        <TicketLookup />
      </div>
    );
  }
  const c = status.data;
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t('publicService.status.title', { ticket: c.ticket })}</h1>
      <div className="card stack">
        <p>
          <span className={statusBadgeClass(c.status)} data-testid="complaint-status">
            {label.status(c.status)}
          </span>{' '}
          {c.overdue ? <span className="badge badge--danger">{t('publicService.status.overdue')}</span> : null}
        </p>
        <dl className="ps-facts">
          <dt>{t('publicService.field.unit')}</dt>
          <dd>{c.unitName}</dd>
          <dt>{t('publicService.field.category')}</dt>
          <dd>{label.category(c.category)}</dd>
          <dt>{t('publicService.field.receivedAt')}</dt>
          <dd>{label.dateTime(c.receivedAt)}</dd>
          <dt>{t('publicService.field.firstResponseDue')}</dt>
          <dd>{label.date(c.firstResponseDue)}</dd>
          <dt>{t('publicService.field.firstResponseAt')}</dt>
          <dd>{c.firstResponseAt ? label.dateTime(c.firstResponseAt) : t('publicService.status.notYet')}</dd>
          <dt>{t('publicService.field.resolutionDue')}</dt>
          <dd>{label.date(c.resolutionDue)}</dd>
          {c.resolvedAt ? (
            <>
              <dt>{t('publicService.field.resolvedAt')}</dt>
              <dd>{label.dateTime(c.resolvedAt)}</dd>
            </>
          ) : null}
        </dl>
      </div>
      <section className="card stack" aria-labelledby="ps-timeline">
        <h2 id="ps-timeline">{t('publicService.status.timeline')}</h2>
        <ol className="ps-timeline plain-list">
          {c.timeline.map((entry, index) => (
            <li key={`${entry.at}-${index}`} className="ps-timeline__item">
              <p className="ps-timeline__head">
                <span className={statusBadgeClass(entry.status)}>{label.status(entry.status)}</span> <time dateTime={entry.at}>{label.dateTime(entry.at)}</time>
              </p>
              {entry.text ? <p className="ps-timeline__text">{entry.text}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
