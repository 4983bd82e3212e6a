import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { QueryState } from '../../../components/QueryState';
import { useSubjectView } from '../api/get-subject-view';
import { AggregateView } from './AggregateView';
import { RaterList } from './RaterList';
import { RequestRatersDialog } from './RequestRatersDialog';

interface SubjectFeedbackProps {
  pegawaiId: string;
  periodId: string;
  myPegawaiId: string | null;
}

/** The penilai's view of one team member's 360 for a period: counts, raters, asking more, the result. */
export function SubjectFeedback({ pegawaiId, periodId, myPegawaiId }: SubjectFeedbackProps) {
  const { t } = useTranslation();
  const query = useSubjectView(pegawaiId, periodId);
  const [requesting, setRequesting] = useState(false);

  if (!query.isSuccess) return <QueryState query={query} />;
  const view = query.data;
  return (
    <div className="stack fb360-subject">
      <h3>{view.subject.name}</h3>
      <p className="fb360-counts" role="status">
        {t('feedback360.subject.counts', { asked: view.asked, released: view.released })}
      </p>
      {view.raters ? <RaterList raters={view.raters} /> : null}
      {view.can.request ? (
        <Button variant="secondary" onClick={() => setRequesting(true)}>
          {t('feedback360.subject.request')}
        </Button>
      ) : null}
      <AggregateView view={view} />
      {requesting ? <RequestRatersDialog subject={view.subject} periodId={periodId} myPegawaiId={myPegawaiId} onClose={() => setRequesting(false)} /> : null}
    </div>
  );
}
