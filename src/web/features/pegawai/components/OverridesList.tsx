import { useTranslation } from 'react-i18next';
import type { PegawaiDetail } from '../../../../shared/schemas/organisation';
import { Button } from '../../../components/Button';
import { useDateFormat } from '../../../hooks/use-date-format';
import { todayIso } from '../../../lib/dates';

type Override = PegawaiDetail['overrides'][number];

export function overrideStatus(override: Override, today: string): 'active' | 'future' | 'ended' {
  if (override.validTo !== null && override.validTo < today) return 'ended';
  return override.validFrom > today ? 'future' : 'active';
}

const badge = { active: 'badge--success', future: 'badge--neutral', ended: 'badge--neutral' } as const;

interface OverridesListProps {
  overrides: Override[];
  onEnd?: (override: Override) => void;
}

/** Penetapan atasan: where BKPSDM set someone's atasan langsung by hand, with the reason and dates. */
export function OverridesList({ overrides, onEnd }: OverridesListProps) {
  const { t } = useTranslation();
  const { date: formatDate } = useDateFormat();
  const today = todayIso();
  return (
    <section className="card" aria-labelledby="overrides-title">
      <h2 id="overrides-title">{t('pegawai.overrides.title')}</h2>
      <p className="muted">{t('pegawai.overrides.intro')}</p>
      {overrides.length === 0 ? (
        <p>{t('pegawai.overrides.empty')}</p>
      ) : (
        <ul className="override-list plain-list">
          {overrides.map((override) => {
            const status = overrideStatus(override, today);
            return (
              <li key={override.id} className="override">
                <div className="override__text">
                  <p className="override__title">
                    {override.atasan.name} <span className="badge badge--neutral mono">{override.atasan.nip}</span>
                    <span className={`badge ${badge[status]}`}>{t(`pegawai.overrides.status.${status}`)}</span>
                  </p>
                  <p>{t('pegawai.overrides.reason', { reason: override.reason })}</p>
                  <p className="muted">
                    {t('pegawai.overrides.range', {
                      from: formatDate(override.validFrom),
                      to: override.validTo ? formatDate(override.validTo) : t('pegawai.overrides.open'),
                    })}
                    {override.createdBy ? ` · ${t('pegawai.overrides.by', { by: override.createdBy })}` : ''}
                  </p>
                </div>
                {onEnd && status !== 'ended' ? (
                  <Button variant="secondary" size="sm" onClick={() => onEnd(override)} aria-label={t('pegawai.overrides.endFor', { name: override.atasan.name })}>
                    {t('pegawai.overrides.end')}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
