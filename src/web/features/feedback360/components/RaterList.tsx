import { useTranslation } from 'react-i18next';
import type { Feedback360SubjectView } from '../api/types';

type Rater = NonNullable<Feedback360SubjectView['raters']>[number];

/**
 * Who was asked; never what they answered. The server no longer says who answered
 * (`answered: null`, ADR 007): a name tied to an answer before the threshold becomes a name tied
 * to its scores once released. A status from an older server is still shown.
 */
export function RaterList({ raters }: { raters: Rater[] }) {
  const { t } = useTranslation();
  if (raters.length === 0) return <p className="muted">{t('feedback360.subject.noRaters')}</p>;
  const statusHidden = raters.some((rater) => rater.answered === null);
  return (
    <>
      <ul className="fb360-raters" aria-label={t('feedback360.subject.ratersLabel')}>
        {raters.map((rater) => (
          <li key={rater.requestId} className="fb360-raters__item">
            <span>
              <span className="fb360-raters__name">{rater.name}</span>
              <span className="muted fb360-raters__relation">{t(`feedback360.relation.${rater.relation}`)}</span>
            </span>
            {rater.answered === null ? null : (
              <span className={`badge ${rater.answered ? 'badge--success' : 'badge--neutral'}`}>{rater.answered ? t('feedback360.subject.answered') : t('feedback360.subject.waiting')}</span>
            )}
          </li>
        ))}
      </ul>
      {statusHidden ? <p className="muted">{t('feedback360.subject.statusHidden')}</p> : null}
    </>
  );
}
