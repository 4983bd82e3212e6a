import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubjectView } from '../api/get-subject-view';
import { AggregateView } from './AggregateView';
import { PeriodSelect } from './PeriodSelect';
import { QueryState } from '../../../components/QueryState';

/** For the pegawai: their own result per period, in aggregate only; who answered is never shown. */
export function MyFeedbackSection({ myPegawaiId }: { myPegawaiId: string }) {
  const { t } = useTranslation();
  const [periodId, setPeriodId] = useState('');
  const query = useSubjectView(myPegawaiId, periodId);
  return (
    <section className="card stack" aria-labelledby="fb360-mine">
      <h2 id="fb360-mine">{t('feedback360.mine.title')}</h2>
      <p className="muted">{t('feedback360.mine.intro')}</p>
      <div className="fb360-filters">
        <PeriodSelect value={periodId} onChange={setPeriodId} />
      </div>
      {!periodId ? null : !query.isSuccess ? (
        <QueryState query={query} />
      ) : query.data.asked === 0 ? (
        <p className="muted">{t('feedback360.mine.none')}</p>
      ) : (
        <AggregateView view={query.data} />
      )}
    </section>
  );
}
