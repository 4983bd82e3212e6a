import { useTranslation } from 'react-i18next';
import { useSkpProgress } from '../api/get-progress';
import { IkiProgressChart } from './IkiProgressChart';
import { QueryState } from '../../../components/QueryState';

/** Grafik capaian: each IKI's realisation over the periods against its target. */
export function ProgressSection({ skpId }: { skpId: string }) {
  const { t } = useTranslation();
  const progress = useSkpProgress(skpId);
  return (
    <section className="realisation-section" aria-labelledby="realisation-progress">
      <h2 id="realisation-progress">{t('realisation.chart.title')}</h2>
      <p className="muted">{t('realisation.chart.intro')}</p>
      {!progress.isSuccess ? <QueryState query={progress} /> : null}
      {progress.data ? (
        <div className="progress-grid">
          {progress.data.iki
            .filter((iki) => iki.targetValue !== null)
            .map((iki) => (
              <IkiProgressChart key={iki.id} iki={iki} periods={progress.data.periods} />
            ))}
        </div>
      ) : null}
    </section>
  );
}
