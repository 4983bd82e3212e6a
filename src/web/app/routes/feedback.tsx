import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { FeedbackStream } from '../../features/feedback/components/FeedbackStream';

export function FeedbackRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('feedback.title')} intro={t('feedback.intro')} />
      <FeedbackStream />
    </>
  );
}
