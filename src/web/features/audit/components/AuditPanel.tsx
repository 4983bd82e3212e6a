import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useAuditLog, type AuditFilters } from '../api/get-audit-log';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';

const filterKeys = ['action', 'actor', 'from', 'to'] as const;

export function AuditPanel() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = Object.fromEntries(filterKeys.map((key) => [key, searchParams.get(key) ?? ''])) as unknown as AuditFilters;
  const query = useAuditLog(filters);

  function applyFilters(next: AuditFilters) {
    const params = new URLSearchParams();
    for (const key of filterKeys) if (next[key]) params.set(key, next[key]);
    setSearchParams(params);
  }

  const entries = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="stack" aria-label={t('audit.tableCaption')}>
      <AuditFilterForm key={searchParams.toString()} value={filters} onChange={applyFilters} />
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess && entries.length === 0 ? <EmptyState title={t('audit.empty')} hint={t('audit.emptyHint')} /> : null}
      {entries.length > 0 ? <AuditTable entries={entries} /> : null}
      {query.hasNextPage ? (
        <div className="load-more">
          <Button
            variant="secondary"
            onClick={() => void query.fetchNextPage()}
            busy={query.isFetchingNextPage}
            busyLabel={t('common.loading')}
          >
            {t('common.loadMore')}
          </Button>
        </div>
      ) : query.isSuccess && entries.length > 0 ? (
        <p className="muted load-more">{t('common.allShown')}</p>
      ) : null}
    </section>
  );
}
