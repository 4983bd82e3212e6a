import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { QueryState } from '../../../components/QueryState';
import { links } from '../../../config/paths';
import { useAcknowledge } from '../api/acknowledge';
import { evaluationPdfUrl, useEvaluationById } from '../api/get-evaluation-by-id';
import type { EvaluationView } from '../api/types';
import { useLabels } from '../hooks/use-labels';
import { KeberatanSection } from './KeberatanSection';
import { PredikatBadge } from './PredikatBadge';
import './evaluation.css';

/** The result of one evaluation: ratings, predikat, acceptance, the document, keberatan. */
export function ResultPage({ evaluationId }: { evaluationId: string }) {
  const evaluation = useEvaluationById(evaluationId);
  if (!evaluation.isSuccess) return <QueryState query={evaluation} />;
  return <ResultView view={evaluation.data} />;
}

function ResultView({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const acknowledge = useAcknowledge();
  const finalised = view.finalisedAt !== null;
  return (
    <div className="evaluation stack">
      <section className="card stack" aria-labelledby="result-title">
        <h2 id="result-title">
          {view.pegawai.name} · {view.period ? `${view.period.name} ${view.year}` : t('evaluation.annual', { year: view.year })}
        </h2>
        <p className="eval-predikat">
          {t('evaluation.result.predikat')} <PredikatBadge value={view.ratings.predikat} provisional={view.ratings.provisional} />
        </p>
        <dl className="eval-dl">
          <div><dt>{t('evaluation.rate.hasilKerja')}</dt><dd>{labels.rating(view.ratings.ratingHasilKerja)}</dd></div>
          <div><dt>{t('evaluation.rate.justHasil')}</dt><dd>{view.ratings.justificationHasilKerja || '—'}</dd></div>
          <div><dt>{t('evaluation.rate.perilaku')}</dt><dd>{labels.rating(view.ratings.ratingPerilaku)}</dd></div>
          <div><dt>{t('evaluation.rate.justPerilaku')}</dt><dd>{view.ratings.justificationPerilaku || '—'}</dd></div>
          <div><dt>{t('evaluation.calibration.status')}</dt><dd>{t(`evaluation.status.${view.status}`)}</dd></div>
          <div><dt>{t('evaluation.result.penilai')}</dt><dd>{view.penilai.person?.name ?? view.penilai.official ?? '—'}</dd></div>
          {finalised ? <div><dt>{t('evaluation.result.finalisedAt')}</dt><dd>{labels.dateTime(view.finalisedAt)}</dd></div> : null}
          {view.acknowledgedAt ? <div><dt>{t('evaluation.result.acknowledgedAt')}</dt><dd>{labels.dateTime(view.acknowledgedAt)}</dd></div> : null}
        </dl>
        <ul className="eval-rhk-ratings" aria-label={t('evaluation.result.perRhk')}>
          {view.ratings.rhk.map((r) => (
            <li key={r.rhkId}>{r.text}: <strong>{labels.rating(r.rating)}</strong></li>
          ))}
        </ul>
        {!finalised ? <Alert tone="info" live={false}>{t('evaluation.result.notFinal')}</Alert> : null}
        <div className="eval-actions">
          {finalised && view.id ? (
            <a className="button button--secondary button--md" href={evaluationPdfUrl(view.id)} download>
              {t('evaluation.result.pdf')}
            </a>
          ) : null}
          {view.can.acknowledge && view.id ? (
            <Button onClick={() => acknowledge.mutate(view.id!)} busy={acknowledge.isPending} busyLabel={t('common.saving')}>
              {t('evaluation.result.acknowledge')}
            </Button>
          ) : null}
          {view.can.rate || view.can.calibrate ? <Link to={links.evaluationRating(view.skpId, view.period?.id ?? '')}>{t('evaluation.links.rating')}</Link> : null}
        </div>
        {acknowledge.isError ? <ErrorMessage error={acknowledge.error} /> : null}
      </section>
      <KeberatanSection view={view} />
    </div>
  );
}
