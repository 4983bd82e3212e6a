import type { TeamRealisationView } from '../../../shared/schemas/execution';
import type { AppContext } from '../../platform/app-context';
import type { AuthContext } from '../../platform/auth/sessions';
import { todayInSolok } from '../../platform/calendar';
import { notFound } from '../../platform/errors';
import { findOfficialOfAccount } from '../organisation';
import { listPeriodsOfYear } from '../periods';
import * as evidenceRepo from './evidence.repository';
import { toPeriodView } from './period-view';
import { closedPeriodVariants, indicatorSeries, rollUp } from './progress';
import * as repo from './realisation.repository';
import * as teamRepo from './team.repository';
import { withServiceFed } from './service-fed';

/** The period to show by default: the one today falls in, else the latest that has started, else the first. */
function defaultPeriod(periods: repo.PeriodRow[], today: string) {
  return periods.find((p) => p.starts_on <= today && today <= p.ends_on) ?? [...periods].reverse().find((p) => p.starts_on <= today) ?? periods[0] ?? null;
}

export function createTeamService(ctx: AppContext) {
  const { db, clock } = ctx;

  /** For the atasan: each person's progress in a period — who is late, what awaits review. Set-based: a fixed number of queries. */
  async function teamRealisation(auth: AuthContext, periodId: string | undefined): Promise<TeamRealisationView> {
    const today = todayInSolok(clock);
    const requested = periodId ? await repo.findYearOfPeriod(db, periodId, auth.account.instansiId) : undefined;
    if (periodId && !requested) throw notFound();
    const skpYear = requested?.year ?? Number(today.slice(0, 4));
    const periods = await listPeriodsOfYear(db, auth.account.instansiId, skpYear);
    const period = periodId ? periods.find((p) => p.id === periodId) : defaultPeriod(periods, today);
    if (!period) return { period: null, periods: [], items: [] };
    const officialId = (await findOfficialOfAccount(db, auth.account.id))?.id ?? null;
    const team = await teamRepo.listTeam(db, { pegawaiId: auth.account.pegawaiId, officialId }, auth.account.instansiId, skpYear, today);
    const skpIds = team.map((t) => t.skpId).filter((id): id is string => id !== null);
    const [plans, typedRealisations, submissions, pending] = await Promise.all([
      repo.listPlans(db, skpIds),
      repo.listRealisations(db, skpIds),
      repo.listSubmissions(db, skpIds),
      evidenceRepo.countPending(db, skpIds, period.id),
    ]);
    const typedIndicators = skpIds.flatMap((id) => plans.get(id)?.indicators ?? []);
    const variants = closedPeriodVariants(plans, periods, submissions, clock.now());
    // Service-fed IKI of the whole team in the same two queries.
    const { indicators, realisations, fedIds } = await withServiceFed(db, typedIndicators, typedRealisations, periods, clock.now());
    const k = periods.findIndex((p) => p.id === period.id);
    const periodIds = periods.map((p) => p.id);
    const items = team.map((t) => {
      const mine = indicators.filter((i) => i.skp_id === t.skpId);
      const theirs = realisations.filter((r) => r.skp_id === t.skpId);
      const filled = new Set([...theirs.filter((r) => r.period_id === period.id).map((r) => r.iki_id), ...mine.filter((i) => fedIds.has(i.id)).map((i) => i.id)]);
      const submission = submissions.find((s) => s.skp_id === t.skpId && s.period_id === period.id);
      const submitted = submission?.submitted_at.toISOString() ?? null;
      const capaian = t.skpId ? rollUp(mine, indicatorSeries(mine, theirs, periodIds, variants), k).skp : null;
      return {
        pegawaiId: t.id,
        name: t.name,
        nip: t.nip,
        jabatan: t.jabatan,
        relation: t.atasan_pegawai_id === auth.account.pegawaiId ? ('ATASAN' as const) : ('PENILAI' as const),
        skpId: t.skpId,
        skpStatus: t.skpStatus,
        ikiTotal: mine.length,
        ikiFilled: mine.filter((i) => filled.has(i.id)).length,
        ikiServiceFed: mine.filter((i) => fedIds.has(i.id)).length,
        submittedAt: submitted,
        late: submission ? submission.late : today > period.realisation_closes,
        pendingEvidence: Number(pending.find((p) => p.skp_id === t.skpId)?.n ?? 0),
        capaian,
      };
    });
    return { period: toPeriodView(period), periods: periods.map(toPeriodView), items };
  }

  return { teamRealisation };
}
