import { coreValueCodes, coreValues } from '../../../domain/berakhlak';
import type { FeedbackInput, FeedbackView } from '../../../shared/schemas/feedback';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { todayInSolok } from '../../platform/calendar';
import { inTransaction, type Executor } from '../../platform/db/transaction';
import { forbiddenScope, notFound, ruleViolation } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { notify } from '../notifications';
import { findOfficialOfAccount, findPenilaiChain } from '../organisation';
import { canReadReceived, relationTo, type Relation } from './feedback.policy';
import * as repo from './feedback.repository';

const valueName = new Map<string, string>(coreValues.map((v) => [v.code, v.name]));

export function toFeedbackView(row: repo.FeedbackRow): FeedbackView {
  return {
    id: row.id,
    to: { pegawaiId: row.to_pegawai_id, name: row.toName },
    from: { name: row.fromName, pegawaiId: row.from_pegawai_id },
    relation: row.relation,
    skpId: row.skp_id,
    periodId: row.period_id,
    periodName: row.periodName,
    rhk: row.rhk_id ? { id: row.rhk_id, text: row.rhkText ?? '' } : null,
    coreValue: row.core_value ? { code: row.core_value, name: valueName.get(row.core_value) ?? row.core_value } : null,
    text: row.text,
    createdAt: row.created_at.toISOString(),
  };
}

const officialIdOf = async (db: Executor, accountId: string) => (await findOfficialOfAccount(db, accountId))?.id ?? null;

export function createFeedbackService(ctx: AppContext) {
  const { db, clock, audit } = ctx;

  async function relationOf(trx: Executor, auth: AuthContext, targetPegawaiId: string) {
    const me = auth.account.pegawaiId;
    const today = todayInSolok(clock);
    const [targetChain, myChain, officialId, units] = await Promise.all([
      findPenilaiChain(trx, targetPegawaiId),
      me ? findPenilaiChain(trx, me) : Promise.resolve(null),
      officialIdOf(trx, auth.account.id),
      repo.currentUnits(trx, me ? [targetPegawaiId, me] : [targetPegawaiId], today),
    ]);
    const relation = relationTo(
      { pegawaiId: me, officialId },
      { chain: targetChain, unitId: units.get(targetPegawaiId) ?? null },
      { chain: myChain, unitId: me ? (units.get(me) ?? null) : null },
      targetPegawaiId,
    );
    return { relation, targetChain, officialId };
  }

  /** Feedback to a colleague; on an SKP row (RHK or core value, in a period) only from the atasan or penilai. */
  async function give(auth: AuthContext, actor: AuditActor, input: FeedbackInput): Promise<FeedbackView> {
    return inTransaction(db, async (trx) => {
      const target = await repo.findPegawai(trx, input.toPegawaiId);
      if (!target || target.instansi_id !== auth.account.instansiId) throw notFound();
      if (target.id === auth.account.pegawaiId) throw ruleViolation('toPegawaiId', 'Umpan balik diberikan kepada orang lain, bukan diri sendiri.');
      const { relation } = await relationOf(trx, auth, target.id);
      if (!relation) throw forbiddenScope();
      let periodName: string | null = null;
      if (input.skpId) {
        const skp = await repo.findSkpOf(trx, input.skpId);
        if (!skp || skp.pegawai_id !== target.id) throw ruleViolation('skpId', 'SKP ini bukan milik penerima umpan balik.');
        if (relation !== 'ATASAN' && relation !== 'PENILAI') throw forbiddenScope();
        if (input.rhkId && (await repo.findRhkOf(trx, input.rhkId))?.skp_id !== skp.id) throw ruleViolation('rhkId', 'RHK ini tidak ada pada SKP tersebut.');
        if (input.coreValue && !coreValueCodes.includes(input.coreValue as never)) throw ruleViolation('coreValue', 'Nilai BerAKHLAK tidak dikenal.');
        if ((input.rhkId || input.coreValue) && !input.periodId) throw ruleViolation('periodId', 'Umpan balik per baris memerlukan periode.');
        if (input.periodId) {
          const period = await repo.findPeriodOfYear(trx, input.periodId, skp.instansi_id, skp.year);
          if (!period) throw ruleViolation('periodId', 'Periode ini bukan periode tahun SKP tersebut.');
          periodName = period.name;
        }
      }
      const id = await repo.insertFeedback(trx, {
        instansi_id: auth.account.instansiId,
        to_pegawai_id: target.id,
        from_account_id: auth.account.id,
        from_pegawai_id: auth.account.pegawaiId,
        relation,
        skp_id: input.skpId ?? null,
        period_id: input.periodId ?? null,
        rhk_id: input.rhkId ?? null,
        core_value: input.coreValue ?? null,
        text: input.text,
        created_at: clock.now(),
      });
      await audit.append(trx, actor, { action: 'feedback.given', entityType: 'feedback', entityId: id, data: { toPegawaiId: target.id, relation, skpId: input.skpId ?? null, periodId: input.periodId ?? null, rhkId: input.rhkId ?? null, coreValue: input.coreValue ?? null } });
      const link = input.skpId && input.periodId ? `/skp/${input.skpId}/periode/${input.periodId}` : '/umpan-balik';
      await notify(trx, { pegawaiIds: [target.id] }, { kind: 'FEEDBACK_RECEIVED', title: `Umpan balik dari ${auth.account.name}`, body: periodName ? `${periodName}: ${input.text}` : input.text, link });
      return toFeedbackView(await repo.findFeedback(trx, id));
    });
  }

  async function list(auth: AuthContext, query: { direction: 'received' | 'given'; pegawaiId?: string; cursor?: string; limit: number }) {
    const [beforeId] = decodeCursor(query.cursor, 1) ?? [null];
    if (query.direction === 'given') {
      const rows = await repo.listFeedback(db, { fromAccountId: auth.account.id }, beforeId ?? null, query.limit);
      const page = toPage(rows, query.limit, (r) => [r.id]);
      return { items: page.items.map(toFeedbackView), nextCursor: page.nextCursor };
    }
    const target = query.pegawaiId ?? auth.account.pegawaiId;
    if (!target) return { items: [], nextCursor: null };
    if (target !== auth.account.pegawaiId) {
      const pegawai = await repo.findPegawai(db, target);
      if (!pegawai || pegawai.instansi_id !== auth.account.instansiId) throw notFound();
      const [chain, officialId] = await Promise.all([findPenilaiChain(db, target), officialIdOf(db, auth.account.id)]);
      if (!canReadReceived(auth, target, chain, officialId)) throw forbiddenScope();
    }
    const rows = await repo.listFeedback(db, { toPegawaiId: target }, beforeId ?? null, query.limit);
    const page = toPage(rows, query.limit, (r) => [r.id]);
    return { items: page.items.map(toFeedbackView), nextCursor: page.nextCursor };
  }

  async function recipients(auth: AuthContext) {
    const me = auth.account.pegawaiId;
    if (!me) return { items: [] };
    const today = todayInSolok(clock);
    const [mine, units] = await Promise.all([findPenilaiChain(db, me), repo.currentUnits(db, [me], today)]);
    const bosses = [mine?.atasanPegawaiId, mine?.penilaiPegawaiId].filter((id): id is string => !!id);
    const myUnit = units.get(me) ?? null;
    const rows = await repo.listRecipients(db, me, auth.account.instansiId, today, { bosses, myUnit });
    const seen = new Set<string>();
    const items = [];
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      const relation: Relation = r.penilai_pegawai_id === me ? 'PENILAI' : r.atasan_pegawai_id === me ? 'ATASAN' : bosses.includes(r.id) ? 'BAWAHAN' : r.unit_id === myUnit ? 'REKAN' : 'LAINNYA';
      items.push({ pegawaiId: r.id, name: r.name, nip: r.nip, jabatan: r.jabatan, relation });
    }
    return { items };
  }

  return { give, list, recipients };
}

/** Feedback on one row of an SKP (an RHK or a core value), as the realisation period view shows it. */
export interface FeedbackOnSkpRow {
  id: string;
  fromName: string;
  relation: string;
  text: string;
  createdAt: string;
  rhkId: string | null;
  coreValue: string | null;
}

/** For the realisation period view: feedback on this SKP's rows in the period, oldest first. */
export async function listFeedbackOnSkp(db: Executor, skpId: string, periodId: string): Promise<FeedbackOnSkpRow[]> {
  const rows = await repo.listOnSkp(db, skpId, periodId);
  return rows.map((r) => ({ id: r.id, fromName: r.fromName, relation: r.relation, text: r.text, createdAt: r.created_at.toISOString(), rhkId: r.rhk_id, coreValue: r.core_value }));
}
