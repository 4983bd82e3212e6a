import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/LoadMore';
import { QueryState } from '../../../components/QueryState';
import { useFeedbackStream } from '../api/get-feedback';
import type { FeedbackDirection } from '../api/keys';
import { FeedbackItem } from './FeedbackItem';

export function FeedbackList({ direction }: { direction: FeedbackDirection }) {
  const { t } = useTranslation();
  const stream = useFeedbackStream(direction);
  const items = stream.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <QueryState query={stream} empty={{ isEmpty: () => items.length === 0, title: t(`feedback.empty.${direction}`), hint: t(`feedback.emptyHint.${direction}`) }}>
      {() => (
        <>
          <ul className="feedback-list card-list">
            {items.map((item) => (
              <FeedbackItem key={item.id} item={item} direction={direction} />
            ))}
          </ul>
          <LoadMore query={stream} sayWhenDone />
        </>
      )}
    </QueryState>
  );
}
