import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/LoadMore';
import { QueryState } from '../../../components/QueryState';
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
      <QueryState query={query} empty={{ isEmpty: () => entries.length === 0, title: t('audit.empty'), hint: t('audit.emptyHint') }}>
        {() => (
          <>
            <AuditTable entries={entries} />
            <LoadMore query={query} sayWhenDone />
          </>
        )}
      </QueryState>
    </section>
  );
}
