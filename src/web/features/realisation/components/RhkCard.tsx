import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodRealisationView } from '../../../../shared/schemas/execution';
import { CapaianBar } from './CapaianBar';
import { IkiCard } from './IkiCard';
import { RowFeedback } from './RowFeedback';

type Rhk = PeriodRealisationView['rhk'][number];

/** One RHK row as a card (phones first): its indicators, then the feedback on the row. */
export function RhkCard({ view, rhk }: { view: PeriodRealisationView; rhk: Rhk }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <article className="rhk-card card" aria-labelledby={headingId}>
      <h3 id={headingId} className="rhk-card__title">
        {rhk.text}
      </h3>
      {rhk.capaian !== null ? <CapaianBar label={t('realisation.rhk.capaian')} value={rhk.capaian} /> : null}
      <div className="rhk-card__iki">
        {rhk.iki.map((iki) => (
          <IkiCard key={`${view.period.id}-${iki.id}`} view={view} iki={iki} />
        ))}
      </div>
      <RowFeedback view={view} about={{ rhkId: rhk.id }} subject={rhk.text} feedback={rhk.feedback} />
    </article>
  );
}
