import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PublicFeedbackForm } from '../../features/feedback360/components/PublicFeedbackForm';
import { PublicPage } from '../layout/PublicLayout';

/** A service user's one-time 360 link: no sign-in, no app shell, only the form. */
export function Feedback360PublicRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <PublicPage title={t('feedback360.public.title')}>
      <div className="card stack">
        <h1 tabIndex={-1}>{t('feedback360.public.title')}</h1>
        <PublicFeedbackForm token={token} />
      </div>
    </PublicPage>
  );
}
