import { useTranslation } from 'react-i18next';
import { Button } from './Button';

interface LoadMoreProps {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  /** Say "all shown" once the last page is in (long lists), or show nothing. */
  sayWhenDone?: boolean;
}

/** The foot of a keyset-paged list: the next page on request. */
export function LoadMore({ query, sayWhenDone = false }: LoadMoreProps) {
  const { t } = useTranslation();
  if (!query.hasNextPage && !sayWhenDone) return null;
  return (
    <div className="load-more">
      {query.hasNextPage ? (
        <Button variant="secondary" onClick={() => void query.fetchNextPage()} busy={query.isFetchingNextPage} busyLabel={t('common.loading')}>
          {t('common.loadMore')}
        </Button>
      ) : (
        <p className="muted">{t('common.allShown')}</p>
      )}
    </div>
  );
}
