import type { OrgGoalInput, OrgGoalView } from '../../../shared/schemas/planning';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { inTransaction, type Executor } from '../../platform/db/transaction';
import { conflict, forbiddenScope, notFound, ruleViolation } from '../../platform/errors';
import { canManageGoalsOf, readableGoalOpds } from './org-goals.policy';
import * as repo from './org-goals.repository';

const toRow = (input: OrgGoalInput): repo.GoalRow => ({
  opd_id: input.opdId,
  year: input.year,
  code: input.code,
  sasaran: input.sasaran,
  indicator: input.indicator,
  satuan: input.satuan,
  target: input.target,
  direction: input.direction,
  baseline: input.baseline ?? null,
});

export function createOrgGoalsService(ctx: AppContext) {
  const { db, audit } = ctx;

  async function list(auth: AuthContext, query: { opdId?: string; year?: number }): Promise<{ items: OrgGoalView[] }> {
    const readable = readableGoalOpds(auth);
    const opdIds = query.opdId ? (readable === null || readable.includes(query.opdId) ? [query.opdId] : []) : readable;
    const rows = await repo.listGoals(db, { instansiId: auth.account.instansiId, opdIds, year: query.year });
    return {
      items: rows.map((g) => ({
        id: g.id,
        opdId: g.opd_id,
        opdName: g.opdName,
        year: g.year,
        code: g.code,
        sasaran: g.sasaran,
        indicator: g.indicator,
        satuan: g.satuan,
        target: g.target,
        direction: g.direction,
        baseline: g.baseline,
        supportedBy: Number(g.supportedBy ?? 0),
      })),
    };
  }

  async function checkOpd(trx: Executor, auth: AuthContext, input: OrgGoalInput, exceptId: string | null) {
    const opd = await repo.findOpd(trx, input.opdId);
    if (!opd || opd.instansi_id !== auth.account.instansiId || !opd.is_opd) throw ruleViolation('opdId', 'OPD tidak ditemukan.');
    if (!canManageGoalsOf(auth, opd.id)) throw forbiddenScope();
    if (await repo.findDuplicateCode(trx, input.opdId, input.year, input.code, exceptId)) throw conflict(`Kode ${input.code} sudah dipakai untuk tahun ${input.year}.`);
  }

  async function create(auth: AuthContext, actor: AuditActor, input: OrgGoalInput) {
    await inTransaction(db, async (trx) => {
      await checkOpd(trx, auth, input, null);
      const id = await repo.insertGoal(trx, auth.account.instansiId, toRow(input));
      await audit.append(trx, actor, { action: 'org_goal.created', entityType: 'org_goal', entityId: id, data: { ...input } });
    });
    return list(auth, { opdId: input.opdId, year: input.year });
  }

  async function update(auth: AuthContext, actor: AuditActor, id: string, input: OrgGoalInput) {
    await inTransaction(db, async (trx) => {
      const before = await repo.findGoal(trx, id);
      if (!before || before.instansi_id !== auth.account.instansiId) throw notFound();
      if (!canManageGoalsOf(auth, before.opd_id)) throw forbiddenScope();
      await checkOpd(trx, auth, input, id);
      await repo.updateGoal(trx, id, toRow(input));
      await audit.append(trx, actor, { action: 'org_goal.updated', entityType: 'org_goal', entityId: id, data: { before: { ...before, created_at: undefined }, after: { ...input } } });
    });
    return list(auth, { opdId: input.opdId, year: input.year });
  }

  async function remove(auth: AuthContext, actor: AuditActor, id: string) {
    await inTransaction(db, async (trx) => {
      const goal = await repo.findGoal(trx, id);
      if (!goal || goal.instansi_id !== auth.account.instansiId) throw notFound();
      if (!canManageGoalsOf(auth, goal.opd_id)) throw forbiddenScope();
      if ((await repo.countSupporting(trx, id)) > 0) throw conflict('Indikator ini sudah diintervensi oleh RHK; ubah RHK tersebut dahulu.');
      await repo.deleteGoal(trx, id);
      await audit.append(trx, actor, { action: 'org_goal.deleted', entityType: 'org_goal', entityId: id, data: { code: goal.code, indicator: goal.indicator, year: goal.year } });
    });
    return { ok: true as const };
  }

  return { list, create, update, remove };
}
