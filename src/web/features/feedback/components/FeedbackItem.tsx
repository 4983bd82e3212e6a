import { useTranslation } from 'react-i18next';
import type { FeedbackView } from '../../../../shared/schemas/feedback';
import { useDateFormat } from '../../../hooks/use-date-format';
import type { FeedbackDirection } from '../api/keys';

/** One piece of feedback: who to whom, in what relation, about what, when. */
export function FeedbackItem({ item, direction }: { item: FeedbackView; direction: FeedbackDirection }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const about = item.rhk ? t('feedback.item.aboutRhk', { text: item.rhk.text }) : item.coreValue ? t('feedback.item.aboutCoreValue', { name: item.coreValue.name }) : t('feedback.item.general');
  return (
    <li className="feedback-item card">
      <p className="feedback-item__people">
        {direction === 'received' ? t('feedback.item.from', { name: item.from.name }) : t('feedback.item.to', { name: item.to.name })}{' '}
        <span className="badge badge--neutral">{t(`feedback.relation.${direction}.${item.relation}`)}</span>
      </p>
      <p className="feedback-item__about muted">
        {about}
        {item.periodName ? ` · ${item.periodName}` : ''}
      </p>
      <blockquote className="feedback-item__text">{item.text}</blockquote>
      <p className="feedback-item__date muted">
        <time dateTime={item.createdAt}>{dateTime(item.createdAt)}</time>
      </p>
    </li>
  );
}
