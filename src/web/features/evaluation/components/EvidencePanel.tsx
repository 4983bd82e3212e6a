import { useTranslation } from 'react-i18next';
import type { EvaluationView } from '../api/types';
import { useLabels } from '../hooks/use-labels';

type Realisation = NonNullable<EvaluationView['realisation']>;
type Iki = Realisation['rhk'][number]['iki'][number];

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 10) / 10}%`);

function amount(value: number | null, iki: Iki): string {
  if (value === null) return '—';
  return [String(value), iki.satuan ?? ''].filter(Boolean).join(' ');
}

function target(iki: Iki): string {
  return [iki.targetValue !== null ? String(iki.targetValue) : (iki.targetText ?? ''), iki.satuan ?? ''].filter(Boolean).join(' ') || '—';
}

/** What the penilai rates on: realisation and capaian per RHK and IKI, evidence, feedback. */
export function EvidencePanel({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const realisation = view.realisation;
  if (!realisation) return <p className="muted">{t('evaluation.evidence.none')}</p>;
  return (
    <section className="stack" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('evaluation.evidence.title', { capaian: percent(realisation.capaian) })}</h2>
      {realisation.rhk.map((rhk) => (
        <article key={rhk.id} className="card eval-rhk">
          <h3 className="eval-rhk__title">
            <span className="badge badge--neutral">{t(`evaluation.jenis.${rhk.jenis}`)}</span> {rhk.text}
          </h3>
          <p className="muted">{t('evaluation.evidence.capaian', { value: percent(rhk.capaian) })}</p>
          <ul className="eval-iki-list">
            {rhk.iki.map((iki) => {
              const accepted = iki.evidence.filter((e) => e.status === 'ACCEPTED').length;
              return (
                <li key={iki.id}>
                  <p>{iki.indicator}</p>
                  <p className="muted">
                    {t('evaluation.evidence.iki', { target: target(iki), value: amount(iki.realisation?.value ?? null, iki), capaian: percent(iki.capaian) })}
                    {' · '}
                    {t('evaluation.evidence.files', { n: iki.evidence.length, accepted })}
                  </p>
                  {iki.realisation?.narrative ? <p className="eval-narrative">{iki.realisation.narrative}</p> : null}
                </li>
              );
            })}
          </ul>
          <FeedbackList items={rhk.feedback} />
        </article>
      ))}
      {realisation.perilaku.some((p) => p.feedback.length > 0) ? (
        <article className="card">
          <h3>{t('evaluation.evidence.perilakuFeedback')}</h3>
          {realisation.perilaku.map((p) => (p.feedback.length > 0 ? (
            <div key={p.code}>
              <p><strong>{p.name}</strong></p>
              <FeedbackList items={p.feedback} />
            </div>
          ) : null))}
        </article>
      ) : null}
      <Feedback360Summary view={view} />
    </section>
  );
}

function FeedbackList({ items }: { items: Realisation['rhk'][number]['feedback'] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  if (items.length === 0) return null;
  return (
    <ul className="eval-feedback" aria-label={t('evaluation.evidence.feedback')}>
      {items.map((f) => (
        <li key={f.id}>
          <span className="muted">{f.fromName} · {labels.date(f.createdAt)}:</span> {f.text}
        </li>
      ))}
    </ul>
  );
}

function Feedback360Summary({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const aggregate = view.feedback360;
  return (
    <article className="card">
      <h3>{t('evaluation.evidence.feedback360')}</h3>
      {aggregate ? (
        <table className="eval-mini-table">
          <caption className="visually-hidden">{t('evaluation.evidence.feedback360Caption', { n: aggregate.answered })}</caption>
          <thead>
            <tr><th scope="col">{t('evaluation.evidence.value')}</th><th scope="col">{t('evaluation.evidence.mean')}</th></tr>
          </thead>
          <tbody>
            {aggregate.perValue.map((v) => (
              <tr key={v.code}><td>{v.name}</td><td>{v.mean.toFixed(2)}</td></tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('evaluation.evidence.feedback360Hidden')}</p>
      )}
    </article>
  );
}
