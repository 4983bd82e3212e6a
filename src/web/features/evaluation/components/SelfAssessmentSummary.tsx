import { useTranslation } from 'react-i18next';
import type { EvaluationView } from '../api/types';
import { useLabels } from '../hooks/use-labels';

/** The pegawai's penilaian diri as the penilai reads it beside their own form. */
export function SelfAssessmentSummary({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const self = view.selfAssessment;
  const rhkText = new Map(view.ratings.rhk.map((r) => [r.rhkId, r.text]));
  return (
    <article className="card stack" aria-labelledby="self-summary-title">
      <h2 id="self-summary-title">{t('evaluation.self.summaryTitle')}</h2>
      {self.submittedAt === null ? (
        <p className="muted">{t('evaluation.self.notYet')}</p>
      ) : (
        <dl className="eval-self-list">
          {self.rhk.map((r) => (
            <div key={r.rhkId}>
              <dt>{rhkText.get(r.rhkId) ?? r.rhkId}</dt>
              <dd>{labels.rating(r.rating)}{r.reflection ? ` — ${r.reflection}` : ''}</dd>
            </div>
          ))}
          {self.perilaku.map((p) => (
            <div key={p.code}>
              <dt>{p.name}</dt>
              <dd>{labels.rating(p.rating)}{p.reflection ? ` — ${p.reflection}` : ''}</dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
