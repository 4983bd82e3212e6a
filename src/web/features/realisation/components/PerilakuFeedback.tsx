import { useTranslation } from 'react-i18next';
import type { PeriodRealisationView } from '../../../../shared/schemas/execution';
import { RowFeedback } from './RowFeedback';

/** Perilaku kerja (BerAKHLAK): the expectation of each core value and the feedback on it. */
export function PerilakuFeedback({ view }: { view: PeriodRealisationView }) {
  const { t } = useTranslation();
  if (view.perilaku.length === 0) return null;
  return (
    <section className="realisation-section" aria-labelledby="realisation-perilaku">
      <h2 id="realisation-perilaku">{t('realisation.perilaku.title')}</h2>
      <ul className="perilaku-list card-list">
        {view.perilaku.map((value) => (
          <li key={value.code} className="card perilaku-item">
            <h3 className="perilaku-item__name">{value.name}</h3>
            <p className="perilaku-item__ekspektasi">
              <span className="muted">{t('realisation.perilaku.ekspektasi')}:</span> {value.ekspektasi || t('realisation.perilaku.noEkspektasi')}
            </p>
            <RowFeedback view={view} about={{ coreValue: value.code }} subject={value.name} feedback={value.feedback} compactWhenEmpty />
          </li>
        ))}
      </ul>
    </section>
  );
}
