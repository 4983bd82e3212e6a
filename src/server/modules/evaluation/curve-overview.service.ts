import { checkDistribution, countPredikat } from '../../../domain/kurva';
import type { Predikat } from '../../../domain/predikat';
import type { CurveOverview } from '../../../shared/schemas/evaluation';
import type { AppContext } from '../../platform/app-context';
import type { AuthContext } from '../../platform/auth/sessions';
import { todayInSolok } from '../../platform/calendar';
import { forbiddenScope } from '../../platform/errors';
import { loadSettings } from '../../platform/settings/settings';
import { listOfficials } from '../organisation';
import { asOfTarget, resolveTarget } from './calibration-support';
import * as repo from './calibration.repository';
import { canReadOverview, isInstansiWide } from './evaluation.policy';
import { loadPredikatIndex, resolveOnPath } from './org-predikat-resolve';

/**
 * The curve check of every group at once, for BKPSDM and the pimpinan (an admin OPD: their OPDs):
 * a fixed number of statements whatever the size of the city — the members with their evaluations,
 * the penilai's units, the organisation predikat, the names — and the rest in memory.
 */
export function createCurveOverviewService(ctx: AppContext) {
  const { db, clock } = ctx;

  async function overview(auth: AuthContext, query: { periodId?: string; year?: number }): Promise<CurveOverview> {
    if (!canReadOverview(auth)) throw forbiddenScope();
    const instansiId = auth.account.instansiId;
    const target = await resolveTarget(db, auth, query.periodId ?? null, query.year);
    const filter: repo.GroupFilter = isInstansiWide(auth) ? { all: true } : { all: true, opdIds: auth.adminOpdIds };
    const [members, { values: settings }, { byUnit }, officials] = await Promise.all([
      repo.listGroupMembers(db, instansiId, target, filter),
      loadSettings(db, instansiId),
      loadPredikatIndex(db, instansiId, { year: target.year, periodId: target.periodId }),
      listOfficials(db, instansiId),
    ]);
    const groups = new Map<string, repo.MemberRow[]>();
    for (const m of members) {
      const key = m.penilai_pegawai_id ?? `official:${m.penilai_official_id}`;
      const list = groups.get(key);
      if (list) list.push(m);
      else groups.set(key, [m]);
    }
    const penilaiIds = [...groups.keys()].filter((k) => !k.startsWith('official:'));
    const [units, names] = await Promise.all([repo.listPenilaiUnits(db, penilaiIds, asOfTarget(target, todayInSolok(clock))), repo.findPegawaiNames(db, penilaiIds)]);
    const rows = [...groups].map(([key, list]) => {
      const official = key.startsWith('official:') ? officials.find((o) => `official:${o.id}` === key) : undefined;
      const unit = official ? undefined : units.get(key);
      const resolved = unit ? resolveOnPath(unit.path, byUnit) : null;
      const rated = list.filter((m) => m.predikat !== null);
      const counts = countPredikat(rated.map((m) => m.predikat as Predikat));
      const check = resolved ? checkDistribution(resolved.predikat, counts) : null;
      return {
        penilai: { pegawaiId: official ? null : key, name: official?.name ?? names.get(key) ?? '-' },
        curveUnitId: resolved?.unitId ?? unit?.unitId ?? null,
        orgPredikat: resolved?.predikat ?? null,
        total: list.length,
        rated: rated.length,
        finalised: list.filter((m) => m.status !== null && !['DRAFT', 'DINILAI'].includes(m.status)).length,
        counts,
        ok: check?.ok ?? null,
        violations: check?.violations ?? [],
      };
    });
    const unitNames = await repo.listUnitPaths(db, [...new Set(rows.flatMap((r) => (r.curveUnitId ? [r.curveUnitId] : [])))]);
    return {
      kind: target.kind,
      year: target.year,
      periodId: target.periodId,
      enforcement: settings.curveEnforcement,
      groups: rows
        .map(({ curveUnitId, ...r }) => ({ ...r, curveUnit: curveUnitId ? { id: curveUnitId, name: unitNames.get(curveUnitId)?.name ?? '' } : null }))
        .sort((a, b) => a.penilai.name.localeCompare(b.penilai.name)),
    };
  }

  return { overview };
}
