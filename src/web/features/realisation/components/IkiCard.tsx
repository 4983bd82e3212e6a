import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IkiPeriodRow, PeriodRealisationView } from '../../../../shared/schemas/execution';
import { formatAmount, formatTarget } from '../utils/format';
import { CapaianBar } from './CapaianBar';
import { EvidenceList } from './EvidenceList';
import { EvidenceUpload } from './EvidenceUpload';
import { RealisationForm } from './RealisationForm';

interface IkiCardProps {
  view: PeriodRealisationView;
  iki: IkiPeriodRow;
}

/** One indicator in one period: target, realisation, capaian so far and its evidence. */
export function IkiCard({ view, iki }: IkiCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const narrativeOnly = iki.targetValue === null || view.skp.pendekatan === 'KUALITATIF';
  const edit = view.can.edit;
  const saved = iki.realisation;
  return (
    <section className="iki-card" aria-labelledby={headingId}>
      <h4 id={headingId} className="iki-card__title">
        <span className="badge badge--neutral">{t(`realisation.aspek.${iki.aspek}`)}</span> {iki.indicator}
      </h4>
      <dl className="iki-card__facts">
        <div>
          <dt>{t('realisation.iki.target')}</dt>
          <dd>{formatTarget(iki, i18n.language)}</dd>
        </div>
        {!edit ? (
          <>
            <div>
              <dt>{t('realisation.iki.accumulation')}</dt>
              <dd>{t(`realisation.accumulation.${iki.accumulation}`)}</dd>
            </div>
            <div>
              <dt>{t('realisation.iki.realisation')}</dt>
              <dd>{saved ? (narrativeOnly ? saved.narrative || '—' : formatAmount(saved.value, iki.satuan, i18n.language)) : t('realisation.iki.notFilled')}</dd>
            </div>
            {saved && !narrativeOnly && saved.narrative ? (
              <div>
                <dt>{t('realisation.iki.narrative')}</dt>
                <dd>{saved.narrative}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('realisation.iki.rencanaAksi')}</dt>
              <dd>{saved?.rencanaAksi || '—'}</dd>
            </div>
          </>
        ) : null}
      </dl>
      {edit ? <RealisationForm skpId={view.skp.id} periodId={view.period.id} iki={iki} narrativeOnly={narrativeOnly} /> : null}
      {iki.targetValue !== null ? (
        <CapaianBar
          label={t('realisation.iki.capaianYtd')}
          value={iki.capaian}
          detail={t('realisation.iki.ytd', { value: formatAmount(iki.yearToDate, iki.satuan, i18n.language), target: formatTarget(iki, i18n.language) })}
        />
      ) : null}
      <div className="iki-card__evidence">
        <h5 className="iki-card__subtitle">{t('realisation.evidence.title')}</h5>
        <EvidenceList evidence={iki.evidence} />
        {edit ? <EvidenceUpload skpId={view.skp.id} periodId={view.period.id} ikiId={iki.id} indicator={iki.indicator} /> : null}
      </div>
    </section>
  );
}
