import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { PeriodRealisationView } from '../../../../shared/schemas/execution';
import { links } from '../../../config/paths';
import { periodWithoutYear } from '../utils/format';

/** The periods of the SKP's year as tabs (links, so each period has its own address); the year is in the title. */
export function PeriodNav({ view }: { view: PeriodRealisationView }) {
  const { t } = useTranslation();
  return (
    <nav className="period-nav" aria-label={t('realisation.period.nav')}>
      <ul className="period-nav__list">
        {view.periods.map((period) => (
          <li key={period.id}>
            <NavLink to={links.realisationPeriod(view.skp.id, period.id)} className="period-nav__link" replace>
              <span>{periodWithoutYear(period.name)}</span>
              {period.submittedAt ? <span className="period-nav__flag">{t('realisation.period.submittedShort')}</span> : null}
              {period.status === 'CLOSED' ? <span className="period-nav__flag">{t('realisation.period.closedShort')}</span> : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
