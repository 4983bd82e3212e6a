import type { OrgPredikatInput, OrgPredikatView } from '../../../shared/schemas/evaluation';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { todayInSolok } from '../../platform/calendar';
import { inTransaction, type Executor } from '../../platform/db/transaction';
import { conflict, forbiddenScope, notFound, ruleViolation } from '../../platform/errors';
import { canSetOrgPredikat, isInstansiWide } from './evaluation.policy';
import * as periods from './evaluation.repository';
import { loadPredikatIndex, resolveOnPath } from './org-predikat-resolve';
import { listUnitsHeadedBy } from '../organisation';
import * as repo from './org-predikat.repository';

type UnitWithChildren = repo.UnitRow & { hasChildren?: boolean };

export function createOrgPredikatService(ctx: AppContext) {
  const { db, clock, audit } = ctx;

  async function headedUnits(trx: Executor, auth: AuthContext) {
    return auth.account.pegawaiId ? listUnitsHeadedBy(trx, auth.account.pegawaiId, todayInSolok(clock)) : [];
  }

  /** The period must be of the year and of the caller's instansi; null = the annual predikat. */
  async function checkTarget(trx: Executor, auth: AuthContext, target: repo.Target) {
    if (target.periodId === null) return;
    const period = await periods.findPeriod(trx, target.periodId);
    if (!period || period.instansi_id !== auth.account.instansiId) throw ruleViolation('periodId', 'Periode tidak ditemukan.');
    if (period.year !== target.year) throw ruleViolation('periodId', `Periode ini bukan bagian tahun ${target.year}.`);
  }

  async function toViews(trx: Executor, auth: AuthContext, units: UnitWithChildren[], target: repo.Target, headed: string[]): Promise<OrgPredikatView[]> {
    const { rows, byUnit } = await loadPredikatIndex(trx, auth.account.instansiId, target);
    const own = new Map(rows.map((r) => [r.unit_id, r]));
    const inheritedIds = units.map((u) => resolveOnPath(u.path, byUnit)).filter((r) => r?.inherited).map((r) => r!.unitId);
    const names = new Map((await repo.findUnitsByIds(trx, [...new Set(inheritedIds)])).map((u) => [u.id, u.name]));
    return units.map((u) => {
      const set = own.get(u.id);
      const resolved = resolveOnPath(u.path, byUnit);
      return {
        unit: { id: u.id, code: u.code, name: u.name, kind: u.kind, parentId: u.parent_id, hasChildren: u.hasChildren ?? false },
        year: target.year,
        periodId: target.periodId,
        predikat: set?.predikat ?? null,
        reason: set?.reason ?? null,
        setAt: set?.set_at.toISOString() ?? null,
        setByName: set?.setByName ?? null,
        inherited: resolved?.inherited ? { unitId: resolved.unitId, unitName: names.get(resolved.unitId) ?? '', predikat: resolved.predikat } : null,
        can: { set: canSetOrgPredikat(auth, u, headed) },
      };
    });
  }

  /**
   * Units to show: those under `parentId`; without it, the top-level units for whoever sees the
   * instansi, and the units directly below the caller's own for a unit head.
   */
  async function list(auth: AuthContext, query: { year: number; periodId?: string; parentId?: string }) {
    const target = { year: query.year, periodId: query.periodId ?? null };
    await checkTarget(db, auth, target);
    const headed = await headedUnits(db, auth);
    let parents: string[] | null;
    if (query.parentId) {
      const parent = await repo.findUnit(db, query.parentId);
      if (!parent || parent.instansi_id !== auth.account.instansiId) throw notFound();
      parents = [parent.id];
    } else parents = isInstansiWide(auth) ? null : headed;
    const units = await repo.listChildUnits(db, auth.account.instansiId, parents);
    return { items: await toViews(db, auth, units, target, headed) };
  }

  /** Sets (or changes, with a reason) a unit's predikat; refused once a group resting on it is finalised. */
  async function set(auth: AuthContext, actor: AuditActor, unitId: string, input: OrgPredikatInput): Promise<OrgPredikatView> {
    return inTransaction(db, async (trx) => {
      const unit = await repo.findUnit(trx, unitId);
      if (!unit || unit.instansi_id !== auth.account.instansiId) throw notFound();
      const headed = await headedUnits(trx, auth);
      if (!canSetOrgPredikat(auth, unit, headed)) throw forbiddenScope();
      const target = { year: input.year, periodId: input.periodId };
      await checkTarget(trx, auth, target);
      const resting = await repo.countFinalisedResting(trx, unit, target);
      if (resting > 0) throw conflict(`${resting} evaluasi yang bergantung pada predikat organisasi ini sudah difinalisasi; predikatnya tidak dapat diubah lagi.`);
      const before = await repo.saveOrgPredikat(trx, { instansiId: unit.instansi_id, unitId, target, predikat: input.predikat, reason: input.reason, setBy: auth.account.id, at: clock.now() });
      await audit.append(trx, actor, {
        action: 'org_predikat.set',
        entityType: 'unit_kerja',
        entityId: unitId,
        data: { year: input.year, periodId: input.periodId, before: before ? { predikat: before.predikat, reason: before.reason } : null, after: { predikat: input.predikat, reason: input.reason } },
      });
      const siblings = await repo.listChildUnits(trx, unit.instansi_id, unit.parent_id ? [unit.parent_id] : null);
      const [view] = await toViews(trx, auth, [siblings.find((u) => u.id === unit.id) ?? unit], target, headed);
      return view!;
    });
  }

  return { list, set };
}
