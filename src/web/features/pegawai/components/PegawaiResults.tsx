import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
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
  const more = Boolean(query.hasNextPage);

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (rows.length === 0) return <EmptyState title={empty.title} hint={empty.hint} />;
  return (
    <div>
      <p className="pegawai-count" role="status">
        {more ? t('pegawai.countMore', { count: rows.length }) : t('pegawai.count', { count: rows.length })}
      </p>
      <PegawaiTable caption={caption} rows={rows} showProblems={showProblems} />
      {more ? (
        <div className="load-more">
          <Button variant="secondary" onClick={() => void query.fetchNextPage()} busy={query.isFetchingNextPage} busyLabel={t('common.loading')}>
            {t('common.loadMore')}
          </Button>
        </div>
      ) : (
        <p className="muted load-more">{t('common.allShown')}</p>
      )}
    </div>
  );
}
