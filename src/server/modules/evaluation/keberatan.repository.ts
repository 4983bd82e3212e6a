import type { Executor } from '../../platform/db/transaction';

export async function findKeberatan(db: Executor, evaluationId: string) {
  return db
    .selectFrom('keberatan as k')
    .leftJoin('account as d', 'd.id', 'k.decided_by')
    .select([
      'k.id', 'k.evaluation_id', 'k.reasons', 'k.filed_at', 'k.filed_by', 'k.before_hasil_kerja', 'k.before_perilaku', 'k.before_predikat',
      'k.decision', 'k.decision_reason', 'k.after_hasil_kerja', 'k.after_perilaku', 'k.after_predikat', 'k.decided_at', 'd.name as decidedByName',
    ])
    .where('k.evaluation_id', '=', evaluationId)
    .executeTakeFirst();
}
export type KeberatanRow = NonNullable<Awaited<ReturnType<typeof findKeberatan>>>;

export async function listStatements(db: Executor, keberatanId: string) {
  return db
    .selectFrom('keberatan_statement as s')
    .innerJoin('account as a', 'a.id', 's.account_id')
    .select(['s.id', 's.author_role', 's.text', 's.created_at', 'a.name'])
    .where('s.keberatan_id', '=', keberatanId)
    .orderBy('s.id')
    .execute();
}

export async function insertKeberatan(
  db: Executor,
  row: { evaluationId: string; reasons: string; filedAt: Date; filedBy: string; before: { hasilKerja: string; perilaku: string; predikat: string } },
) {
  const inserted = await db
    .insertInto('keberatan')
    .values({
      evaluation_id: row.evaluationId,
      reasons: row.reasons,
      filed_at: row.filedAt,
      filed_by: row.filedBy,
      before_hasil_kerja: row.before.hasilKerja,
      before_perilaku: row.before.perilaku,
      before_predikat: row.before.predikat,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function insertStatement(db: Executor, row: { keberatanId: string; role: string; accountId: string; text: string; at: Date }) {
  const inserted = await db
    .insertInto('keberatan_statement')
    .values({ keberatan_id: row.keberatanId, author_role: row.role, account_id: row.accountId, text: row.text, created_at: row.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Records the decision once: a second decision (a race) updates nothing. */
export async function recordDecision(
  db: Executor,
  keberatanId: string,
  d: { decision: string; reason: string; after: { hasilKerja: string; perilaku: string; predikat: string }; at: Date; by: string },
) {
  const result = await db
    .updateTable('keberatan')
    .set({ decision: d.decision, decision_reason: d.reason, after_hasil_kerja: d.after.hasilKerja, after_perilaku: d.after.perilaku, after_predikat: d.after.predikat, decided_at: d.at, decided_by: d.by })
    .where('id', '=', keberatanId)
    .where('decision', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open keberatan whose frozen atasan penilai is the caller (a pegawai, or an official's account); keyset on the keberatan id. */
export async function listPendingFor(db: Executor, instansiId: string, who: { pegawaiId: string | null; accountId: string }, afterId: string | null, limit: number) {
  let query = db
    .selectFrom('keberatan as k')
    .innerJoin('evaluation as e', 'e.id', 'k.evaluation_id')
    .innerJoin('pegawai as p', 'p.id', 'e.pegawai_id')
    .leftJoin('period as pr', 'pr.id', 'e.period_id')
    .select(['k.id', 'k.evaluation_id', 'k.filed_at', 'k.reasons', 'k.before_predikat', 'e.kind', 'e.year', 'pr.name as periodName', 'p.name', 'p.nip'])
    .where('e.instansi_id', '=', instansiId)
    .where('e.status', '=', 'KEBERATAN')
    .where('k.decision', 'is', null)
    .where((eb) => (who.pegawaiId ? eb('e.atasan_penilai_pegawai_id', '=', who.pegawaiId) : eb('e.atasan_penilai_account_id', '=', who.accountId)));
  if (afterId !== null) query = query.where('k.id', '>', afterId);
  return query.orderBy('k.id').limit(limit + 1).execute();
}
