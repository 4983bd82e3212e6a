import { isSkpEditable } from '../../../domain/skp-workflow';
import type { MatrixView, SkpContent } from '../../../shared/schemas/planning';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { todayInSolok } from '../../platform/calendar';
import { inTransaction, type Executor } from '../../platform/db/transaction';
import { forbiddenScope, ruleViolation } from '../../platform/errors';
import type { SkpService } from './skp.service';
import * as repo from './skp.repository';

/**
 * Matriks peran hasil: the atasan hands one of their approved RHK to many direct reports at once,
 * which drafts the RHK (and the SKP where missing) in each — the 50 people × 25 goals chore.
 */
export function createCascadeService(ctx: AppContext, skp: SkpService) {
  const { db, clock, audit } = ctx;

  async function approvedRhkOf(trx: Executor, pegawaiId: string, year: number) {
    const running = await repo.findRunningSkp(trx, pegawaiId, year);
    const snapshot = running ? await repo.latestApprovedSnapshot(trx, running.id) : undefined;
    return { skpId: running?.id ?? null, rhk: snapshot ? (snapshot.snapshot as unknown as SkpContent).rhk.map((r) => ({ id: r.id, text: r.text })) : [] };
  }

  async function matrix(auth: AuthContext, year: number): Promise<MatrixView> {
    const me = auth.account.pegawaiId;
    if (!me) return { year, skpId: null, rhk: [], subordinates: [] };
    const mine = await approvedRhkOf(db, me, year);
    const reports = await repo.listDirectReports(db, me, year, todayInSolok(clock));
    const links = await repo.listLinks(db, reports.map((r) => r.skpId).filter((id): id is string => id !== null), mine.rhk.map((r) => r.id));
    return {
      year,
      skpId: mine.skpId,
      rhk: mine.rhk,
      subordinates: reports.map((r) => ({
        pegawaiId: r.pegawaiId,
        name: r.name,
        jabatan: r.jabatan,
        skpStatus: r.skpStatus ?? null,
        linkedRhkIds: links.filter((l) => l.skp_id === r.skpId).map((l) => l.parent_rhk_id!),
      })),
    };
  }

  async function cascade(auth: AuthContext, actor: AuditActor, input: { sourceRhkId: string; pegawaiIds: string[]; text?: string }) {
    const me = auth.account.pegawaiId;
    if (!me) throw forbiddenScope();
    return inTransaction(db, async (trx) => {
      const source = await repo.findRhk(trx, input.sourceRhkId);
      const sourceSkp = source ? await repo.findSkp(trx, source.skp_id) : undefined;
      if (!source || !sourceSkp || sourceSkp.pegawai_id !== me || sourceSkp.valid_to !== null) throw ruleViolation('sourceRhkId', 'RHK sumber harus RHK dari SKP Anda yang berjalan.');
      const approved = await approvedRhkOf(trx, me, sourceSkp.year);
      if (!approved.rhk.some((r) => r.id === source.id)) throw ruleViolation('sourceRhkId', 'RHK sumber harus sudah disetujui sebelum diturunkan ke bawahan.');
      const reports = new Map((await repo.listDirectReports(trx, me, sourceSkp.year, todayInSolok(clock))).map((r) => [r.pegawaiId, r]));
      const outside = input.pegawaiIds.filter((id) => !reports.has(id));
      if (outside.length > 0) throw ruleViolation('pegawaiIds', `${outside.length} pegawai bukan bawahan langsung Anda.`);
      const result = { created: 0, alreadyLinked: 0, skpCreated: 0, locked: 0 };
      for (const pegawaiId of new Set(input.pegawaiIds)) {
        let skpId = reports.get(pegawaiId)!.skpId;
        if (!skpId) {
          skpId = await skp.startSkp(trx, actor, pegawaiId, sourceSkp.year);
          result.skpCreated++;
        } else if (!isSkpEditable(reports.get(pegawaiId)!.skpStatus!)) {
          result.locked++;
          continue;
        }
        if ((await repo.listLinks(trx, [skpId], [source.id])).length > 0) {
          result.alreadyLinked++;
          continue;
        }
        await repo.insertRhk(trx, skpId, { jenis: 'UTAMA', text: input.text ?? source.text, parent_rhk_id: source.id, org_goal_id: null }, await repo.nextRhkPosition(trx, skpId), []);
        result.created++;
      }
      await audit.append(trx, actor, { action: 'skp.rhk_cascaded', entityType: 'rhk', entityId: source.id, data: { text: source.text, pegawaiIds: input.pegawaiIds, ...result } });
      return result;
    });
  }

  return { matrix, cascade };
}
