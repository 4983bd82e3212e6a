import { roundHalfAwayFromZero } from '../../../domain/capaian';
import { ikmFromTotals, mutuLabel } from '../../../domain/ikm';
import { localDate } from '../../../domain/sla';
import { DASHBOARD_MIN_COMPLAINTS, DASHBOARD_MIN_RESPONSES, type PublicDashboard } from '../../../shared/schemas/public-service';
import type { AppContext } from '../../platform/app-context';
import { listInstansiIds } from '../../platform/instansi.repository';
import { notFound } from '../../platform/errors';
import { loadSettings } from '../../platform/settings/settings';
import { findInstansi, findInstansiByCode, listServiceUnits } from './service-units.repository';
import { listPeriodsOfYear } from '../periods';
import { complaintStats, ikmStats } from './service-metrics.repository';

const key = (unitId: string, periodId: string) => `${unitId}:${periodId}`;

/**
 * The public transparency dashboard: per unit and period, the IKM with its mutu and the
 * complaints received and settled in time — aggregates only, and a group too small to stay
 * anonymous (fewer than 5 responses or 3 complaints) is withheld.
 */
export function createDashboardService(ctx: AppContext) {
  const { db, clock } = ctx;

  async function dashboard(query: { year?: number; instansi?: string }): Promise<PublicDashboard> {
    const instansi = query.instansi ? await findInstansiByCode(db, query.instansi) : await listInstansiIds(db).then((ids) => (ids[0] ? findInstansi(db, ids[0]) : undefined));
    if (!instansi) throw notFound();
    const year = query.year ?? Number(localDate(clock.now()).slice(0, 4));
    const [periods, units, { values: settings }] = await Promise.all([listPeriodsOfYear(db, instansi.id, year), listServiceUnits(db, { instansiId: instansi.id, activeOnly: true }), loadSettings(db, instansi.id)]);
    const windows = periods.map((p) => ({ id: p.id, startsOn: p.starts_on, endsOn: p.ends_on }));
    const unitIds = units.map((u) => u.id);
    const [complaints, ikm] = await Promise.all([complaintStats(db, unitIds, windows, clock.now()), ikmStats(db, unitIds, windows)]);
    const complaintOf = new Map(complaints.map((r) => [key(r.service_unit_id, r.period_id), r]));
    const ikmOf = new Map(ikm.map((r) => [key(r.service_unit_id, r.period_id), r]));
    return {
      instansiName: instansi.name,
      year,
      periods: periods.map((p) => ({ id: p.id, name: p.name, startsOn: p.starts_on, endsOn: p.ends_on })),
      minResponses: DASHBOARD_MIN_RESPONSES,
      minComplaints: DASHBOARD_MIN_COMPLAINTS,
      units: units.map((u) => ({
        slug: u.slug,
        name: u.name,
        opdName: u.opdName,
        periods: periods.map((p) => {
          const s = ikmOf.get(key(u.id, p.id));
          const c = complaintOf.get(key(u.id, p.id));
          const ikmShown = s !== undefined && s.respondents >= DASHBOARD_MIN_RESPONSES;
          const complaintsShown = c !== undefined && c.received >= DASHBOARD_MIN_COMPLAINTS;
          const result = ikmShown ? ikmFromTotals(s.totals, s.respondents, { weight: settings.ikmWeight }) : null;
          return {
            periodId: p.id,
            ikm: result && s ? { respondents: s.respondents, index: roundHalfAwayFromZero(result.index, 2), mutu: result.mutu, mutuLabel: mutuLabel[result.mutu] } : null,
            ikmHidden: s !== undefined && !ikmShown,
            complaints: complaintsShown && c ? { received: c.received, decided: c.decided, onTime: c.on_time, onTimePct: c.decided > 0 ? roundHalfAwayFromZero((c.on_time / c.decided) * 100, 2) : null } : null,
            complaintsHidden: c !== undefined && !complaintsShown,
          };
        }),
      })),
    };
  }

  return { dashboard };
}
