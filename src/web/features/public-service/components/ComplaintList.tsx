import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { links } from '../../../config/paths';
import type { ComplaintPage, ComplaintSummary } from '../api/types';
import { statusBadgeClass, useLabels } from '../hooks/use-labels';
import { QueryState } from '../../../components/QueryState';
import { LoadMore } from '../../../components/LoadMore';

interface PagedComplaints {
  data: { pages: ComplaintPage[] } | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  refetch: () => unknown;
}

/** Complaints as cards (they read well at 360 px): ticket, status, deadlines, overdue flags. */
export function ComplaintList({ query, emptyTitle, showUnit = false }: { query: PagedComplaints; emptyTitle: string; showUnit?: boolean }) {
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <QueryState query={query} empty={{ isEmpty: () => items.length === 0, title: emptyTitle }}>
      {() => (
        <>
          <ul className="ps-complaints">
            {items.map((complaint) => (
              <ComplaintItem key={complaint.id} complaint={complaint} showUnit={showUnit} />
            ))}
          </ul>
          <LoadMore query={query} />
        </>
      )}
    </QueryState>
  );
}

function ComplaintItem({ complaint: c, showUnit }: { complaint: ComplaintSummary; showUnit: boolean }) {
  const { t } = useTranslation();
  const label = useLabels();
  return (
    <li className="ps-complaints__item">
      <p className="ps-complaints__head">
        <Link to={links.serviceComplaint(c.id)} className="ps-complaints__ticket mono">
          {c.ticket}
        </Link>{' '}
        <span className={statusBadgeClass(c.status)}>{label.status(c.status)}</span>{' '}
        {c.overdue.firstResponse ? <span className="badge badge--danger">{t('publicService.staff.overdueFirst')}</span> : null}{' '}
        {c.overdue.resolution ? <span className="badge badge--danger">{t('publicService.staff.overdueResolution')}</span> : null}{' '}
        {c.escalated ? <span className="badge badge--warning">{t('publicService.staff.escalated')}</span> : null}{' '}
        {c.duplicateOfTicket ? <span className="badge badge--neutral">{t('publicService.staff.duplicateOf', { ticket: c.duplicateOfTicket })}</span> : null}
      </p>
      <p className="ps-complaints__excerpt">{c.excerpt}</p>
      <p className="ps-sub muted">
        {showUnit ? `${c.unitName} · ` : ''}
        {label.category(c.category)} · {t('publicService.staff.receivedOn', { date: label.date(c.receivedAt) })} ·{' '}
        {c.firstResponseAt ? t('publicService.staff.respondedOn', { date: label.date(c.firstResponseAt) }) : t('publicService.staff.respondBy', { date: label.date(c.firstResponseDue) })} ·{' '}
        {t('publicService.staff.resolveBy', { date: label.date(c.resolutionDue) })}
        {c.assignee ? ` · ${t('publicService.staff.assignee', { name: c.assignee.name })}` : ''}
        {c.hasPhoto ? ` · ${t('publicService.staff.hasPhoto')}` : ''}
      </p>
    </li>
  );
}
