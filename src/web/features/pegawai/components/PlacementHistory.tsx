import { useTranslation } from 'react-i18next';
import type { PegawaiDetail } from '../../../../shared/schemas/organisation';
import { useDateFormat } from '../../../hooks/use-date-format';
import { todayIso } from '../../../lib/dates';

/** Riwayat jabatan, newest first, as the API gives it. */
export function PlacementHistory({ placements }: { placements: PegawaiDetail['placements'] }) {
  const { t } = useTranslation();
  const { date: formatDate } = useDateFormat();
  const today = todayIso();
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('pegawai.history.title')}</h2>
      {placements.length === 0 ? (
        <p className="muted">{t('pegawai.history.empty')}</p>
      ) : (
        <ol className="timeline">
          {placements.map((placement) => {
            const current = placement.validFrom <= today && (placement.validTo === null || placement.validTo >= today);
            return (
              <li key={placement.id} className={`timeline__item${current ? ' timeline__item--current' : ''}`}>
                <p className="timeline__dates">
                  {t('pegawai.history.range', {
                    from: formatDate(placement.validFrom),
                    to: placement.validTo ? formatDate(placement.validTo) : t('pegawai.history.now'),
                  })}
                  {current ? <span className="badge badge--success">{t('pegawai.history.current')}</span> : null}
                </p>
                <p className="timeline__title">
                  {placement.jabatan.name}
                  {placement.acting ? <span className="badge badge--warning">{t('organisation.acting')}</span> : null}
                </p>
                <p className="timeline__sub">
                  {placement.unit.name} · {t(`jenisJabatan.${placement.jabatan.jenis}`)}
                  {placement.jabatan.isHead ? ` · ${t('organisation.headPost')}` : ''}
                </p>
                {placement.note ? <p className="timeline__sub">{t('pegawai.history.note', { note: placement.note })}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
