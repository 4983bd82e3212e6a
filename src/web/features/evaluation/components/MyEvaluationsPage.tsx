import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '../../../components/Field';
import { QueryState } from '../../../components/QueryState';
import { links } from '../../../config/paths';
import { useKeberatanQueue } from '../api/get-keberatan-queue';
import { useMyEvaluations } from '../api/get-my-evaluations';
import { useLabels } from '../hooks/use-labels';
import { PredikatBadge } from './PredikatBadge';
import './evaluation.css';

/** Evaluasi saya by year, and for an atasan penilai the keberatan waiting for their decision. */
export function MyEvaluationsPage({ hasPegawai, showQueue }: { hasPegawai: boolean; showQueue: boolean }) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const mine = useMyEvaluations(year, hasPegawai);
  return (
    <div className="evaluation stack">
      {showQueue ? <KeberatanQueue /> : null}
      {hasPegawai ? (
        <section className="stack" aria-labelledby="mine-title">
          <h2 id="mine-title">{t('evaluation.mine.title')}</h2>
          <div className="eval-toolbar">
            <SelectField label={t('evaluation.mine.year')} value={String(year)} onChange={(e) => setYear(Number(e.target.value))} options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: String(y) }))} />
          </div>
          <QueryState query={mine} empty={{ isEmpty: (data) => data.items.length === 0, title: t('evaluation.mine.empty') }}>
            {(data) => (
              <ul className="eval-list">
                {data.items.map((item) => (
                  <li key={`${item.skpId}-${item.period?.id ?? 'annual'}`} className="card eval-list__item">
                    <span>{item.period ? item.period.name : t('evaluation.annual', { year })}</span>
                    <span className="muted">{t(`evaluation.status.${item.status}`)}</span>
                    <PredikatBadge value={item.predikat} provisional={item.provisional} />
                    {item.evaluationId && item.predikat ? (
                      <Link to={links.evaluationResult(item.evaluationId)}>{t('evaluation.mine.open')}</Link>
                    ) : (
                      <Link to={links.evaluationRating(item.skpId, item.period?.id ?? '')}>{t('evaluation.mine.selfAssess')}</Link>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </QueryState>
        </section>
      ) : null}
    </div>
  );
}

function KeberatanQueue() {
  const { t } = useTranslation();
  const labels = useLabels();
  const queue = useKeberatanQueue();
  return (
    <section className="stack" aria-labelledby="queue-title">
      <h2 id="queue-title">{t('evaluation.queue.title')}</h2>
      {!queue.isSuccess ? (
        <QueryState query={queue} retry={false} />
      ) : queue.data.length === 0 ? (
        <p className="muted">{t('evaluation.queue.empty')}</p>
      ) : (
        <ul className="eval-list">
          {queue.data.map((entry) => (
            <li key={entry.keberatanId} className="card eval-list__item">
              <Link to={links.evaluationResult(entry.evaluationId)}>
                {t('evaluation.queue.entry', { name: entry.pegawai.name, period: entry.periodName ?? t('evaluation.annual', { year: entry.year }) })}
              </Link>
              <span className="muted">{entry.pegawai.nip}</span>
              <PredikatBadge value={entry.predikat} />
              <span className="muted">{t('evaluation.queue.filedAt', { at: labels.dateTime(entry.filedAt) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
