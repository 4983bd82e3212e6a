import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/LoadMore';
import { QueryState } from '../../../components/QueryState';
import { usePegawaiList, type PegawaiFilters } from '../api/get-pegawai-list';
import { PegawaiTable } from './PegawaiTable';

interface PegawaiResultsProps {
  filters: PegawaiFilters;
  caption: string;
  showProblems: boolean;
  empty: { title: string; hint: string };
}

export function PegawaiResults({ filters, caption, showProblems, empty }: PegawaiResultsProps) {
  const { t } = useTranslation();
  const query = usePegawaiList(filters);
  const rows = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <QueryState query={query} empty={{ isEmpty: () => rows.length === 0, ...empty }}>
      {() => (
        <div>
          <p className="pegawai-count" role="status">
            {query.hasNextPage ? t('pegawai.countMore', { count: rows.length }) : t('pegawai.count', { count: rows.length })}
          </p>
          <PegawaiTable caption={caption} rows={rows} showProblems={showProblems} />
          <LoadMore query={query} sayWhenDone />
        </div>
      )}
    </QueryState>
  );
}
