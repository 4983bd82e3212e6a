import { useTranslation } from 'react-i18next';
import type { UnitNode } from '../../../../shared/schemas/organisation';

/** "Kepala: … [Plt] · 26 pegawai", or the "Lowong" badge when nobody heads the unit. */
export function UnitHeadLine({ unit, total }: { unit: UnitNode; total: number }) {
  const { t } = useTranslation();
  return (
    <>
      {unit.head ? (
        <span className="unit-head">
          {t('organisation.headLabel', { name: unit.head.name })}
          {unit.head.acting ? (
            <>
              {' '}
              <span className="badge badge--warning" title={t('organisation.actingTitle')}>
                {t('organisation.acting')}
              </span>
            </>
          ) : null}
        </span>
      ) : (
        <span className="badge badge--danger">{t('organisation.vacant')}</span>
      )}
      <span className="unit-count">{t('organisation.headcount', { count: total })}</span>
    </>
  );
}
