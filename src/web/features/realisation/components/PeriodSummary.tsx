import { useTranslation } from 'react-i18next';
import type { PeriodRealisationView } from '../../../../shared/schemas/execution';
import { formatDate, formatShortDateTime } from '../../../lib/dates';
import { CapaianBar } from './CapaianBar';

/** Whose realisation, which period, its deadline, whether it was sent, and the capaian so far. */
export function PeriodSummary({ view }: { view: PeriodRealisationView }) {
  const { t, i18n } = useTranslation();
  const iki = view.rhk.flatMap((rhk) => rhk.iki);
  const filled = iki.filter((row) => row.realisation !== null).length;
  const evidence = iki.flatMap((row) => row.evidence);
  const pending = evidence.filter((item) => item.status === 'PENDING').length;
  const rejected = evidence.filter((item) => item.status === 'REJECTED').length;
  return (
    <section className="card period-summary" aria-labelledby="period-summary">
      <h2 id="period-summary" className="visually-hidden">
        {t('realisation.summary.title')}
      </h2>
      <p className="period-summary__who">
        <strong>{view.skp.pegawaiName}</strong> <span className="mono muted">{view.skp.nip}</span>
      </p>
      <p className="period-summary__badges">
        {view.submittedAt ? (
          <span className="badge badge--success">{t('realisation.summary.submitted', { date: formatShortDateTime(view.submittedAt, i18n.language) })}</span>
        ) : (
          <span className="badge badge--neutral">{t('realisation.summary.notSubmitted')}</span>
        )}
        {view.late ? <span className="badge badge--danger">{t('realisation.summary.late')}</span> : null}
        {view.period.status === 'CLOSED' ? <span className="badge badge--neutral">{t('realisation.summary.closed')}</span> : null}
      </p>
      <dl className="period-summary__facts">
        <div>
          <dt>{t('realisation.summary.range')}</dt>
          <dd>
            {formatDate(view.period.startsOn, i18n.language)} – {formatDate(view.period.endsOn, i18n.language)}
          </dd>
        </div>
        <div>
          <dt>{t('realisation.summary.deadline')}</dt>
          <dd>{formatDate(view.period.realisationCloses, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('realisation.summary.filled')}</dt>
          <dd>{t('realisation.summary.filledValue', { filled, total: iki.length })}</dd>
        </div>
        <div>
          <dt>{t('realisation.summary.evidence')}</dt>
          <dd>{t('realisation.summary.evidenceValue', { count: evidence.length, pending, rejected })}</dd>
        </div>
      </dl>
      <CapaianBar label={t('realisation.summary.capaian')} value={view.capaian} />
    </section>
  );
}
