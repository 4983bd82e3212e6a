import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { paths } from '../../../config/paths';
import { complaintPhotoUrl, useComplaint } from '../api/complaint';
import type { ComplaintDetail } from '../api/types';
import { statusBadgeClass, useLabels } from '../hooks/use-labels';
import { ComplaintActionDialog, type ActionKind } from './ComplaintActionDialog';
import './public-service.css';

const actionOrder: ActionKind[] = ['assign', 'respond', 'resolve', 'reject'];

/** /layanan/pengaduan/:id — the whole complaint for the handling unit, with what may be done next. */
export function ComplaintDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const complaint = useComplaint(id);
  const [open, setOpen] = useState<ActionKind | null>(null);
  if (!complaint.isSuccess) return <QueryState query={complaint} />;
  const c = complaint.data;
  const actions = actionOrder.filter((kind) => c.can[kind]);
  return (
    <div className="stack">
      <PageHeader title={t('publicService.detail.title', { ticket: c.ticket })} intro={c.unitName} />
      <ComplaintFacts complaint={c} />
      {actions.length > 0 ? (
        <div className="ps-actions cluster">
          {actions.map((kind) => (
            <Button key={kind} variant={kind === 'reject' ? 'danger' : kind === 'assign' || kind === 'resolve' ? 'secondary' : 'primary'} onClick={() => setOpen(kind)}>
              {t(`publicService.action.${kind}`)}
            </Button>
          ))}
        </div>
      ) : null}
      <ComplaintEvents complaint={c} />
      <p>
        <Link to={paths.serviceInbox}>{t('publicService.detail.backToInbox')}</Link> · <Link to={paths.serviceAssigned}>{t('publicService.nav.assigned')}</Link>
      </p>
      {open ? <ComplaintActionDialog complaint={c} kind={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}

function ComplaintFacts({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const label = useLabels();
  return (
    <section className="card stack" aria-label={t('publicService.detail.facts')}>
      <p>
        <span className={statusBadgeClass(c.status)}>{label.status(c.status)}</span>{' '}
        {c.overdue.firstResponse ? <span className="badge badge--danger">{t('publicService.staff.overdueFirst')}</span> : null}{' '}
        {c.overdue.resolution ? <span className="badge badge--danger">{t('publicService.staff.overdueResolution')}</span> : null}
      </p>
      <dl className="ps-facts">
        <dt>{t('publicService.field.category')}</dt>
        <dd>{label.category(c.category)}</dd>
        <dt>{t('publicService.field.receivedAt')}</dt>
        <dd>{label.dateTime(c.receivedAt)}</dd>
        <dt>{t('publicService.field.firstResponseDue')}</dt>
        <dd>{label.date(c.firstResponseDue)}</dd>
        <dt>{t('publicService.field.firstResponseAt')}</dt>
        <dd data-testid="first-response">
          {c.firstResponseAt ? `${label.dateTime(c.firstResponseAt)}${c.firstResponseDays === null ? '' : ` (${t('publicService.detail.responseDays', { count: c.firstResponseDays })})`}` : t('publicService.status.notYet')}
        </dd>
        <dt>{t('publicService.field.resolutionDue')}</dt>
        <dd>{label.date(c.resolutionDue)}</dd>
        {c.resolvedAt ? (
          <>
            <dt>{t('publicService.field.resolvedAt')}</dt>
            <dd>{label.dateTime(c.resolvedAt)}</dd>
          </>
        ) : null}
        <dt>{t('publicService.field.assignee')}</dt>
        <dd>{c.assignee?.name ?? '–'}</dd>
      </dl>
      <h2>{t('publicService.field.description')}</h2>
      <p className="ps-prewrap">{c.description}</p>
      {c.photo ? (
        <p>
          <a href={complaintPhotoUrl(c.id)} target="_blank" rel="noreferrer">
            <img className="ps-photo" src={complaintPhotoUrl(c.id)} alt={t('publicService.detail.photoAlt', { ticket: c.ticket })} />
          </a>
        </p>
      ) : null}
      {c.contactVisible ? (
        <>
          <h2>{t('publicService.detail.contact')}</h2>
          {c.contact ? (
            <p>{[c.contact.name, c.contact.phone, c.contact.email].filter(Boolean).join(' · ')}</p>
          ) : (
            <p className="muted">{t('publicService.detail.noContact')}</p>
          )}
          <p className="muted">{t('publicService.detail.contactPrivate')}</p>
        </>
      ) : null}
    </section>
  );
}

function ComplaintEvents({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const label = useLabels();
  return (
    <section className="card stack" aria-labelledby="ps-events">
      <h2 id="ps-events">{t('publicService.detail.history')}</h2>
      <ol className="ps-timeline plain-list">
        {c.events.map((event) => (
          <li key={event.id} className="ps-timeline__item">
            <p className="ps-timeline__head">
              <span className={statusBadgeClass(event.status)}>{label.status(event.status)}</span> <time dateTime={event.at}>{label.dateTime(event.at)}</time>
              {event.actorName ? ` · ${event.actorName}` : ''}
              {event.text ? ` · ${t(event.public ? 'publicService.detail.publicText' : 'publicService.detail.internalText')}` : ''}
            </p>
            {event.text ? <p className="ps-timeline__text ps-prewrap">{event.text}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
