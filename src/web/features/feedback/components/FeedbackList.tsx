import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useFeedbackStream } from '../api/get-feedback';
import type { FeedbackDirection } from '../api/keys';
import { FeedbackItem } from './FeedbackItem';

export function FeedbackList({ direction }: { direction: FeedbackDirection }) {
  const { t } = useTranslation();
  const stream = useFeedbackStream(direction);
  if (stream.isPending) return <Loading />;
  if (stream.isError) return <ErrorMessage error={stream.error} onRetry={() => void stream.refetch()} />;
  const items = stream.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <EmptyState title={t(`feedback.empty.${direction}`)} hint={t(`feedback.emptyHint.${direction}`)} />;
  return (
    <>
      <ul className="feedback-list">
        {items.map((item) => (
          <FeedbackItem key={item.id} item={item} direction={direction} />
        ))}
      </ul>
      <div className="load-more">
        {stream.hasNextPage ? (
          <Button variant="secondary" onClick={() => void stream.fetchNextPage()} busy={stream.isFetchingNextPage} busyLabel={t('common.loading')}>
            {t('common.loadMore')}
          </Button>
        ) : (
          <p className="muted">{t('common.allShown')}</p>
        )}
      </div>
    </>
  );
}
