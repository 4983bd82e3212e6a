import { sql } from 'kysely';
import type { SkpContent } from '../../../shared/schemas/planning';
import type { Executor } from '../../platform/db/transaction';

/** One indicator of the plan in force, with its RHK: what realisation, capaian and the evaluation read. */
export interface PlanIndicator {
  skp_id: string;
  rhkId: string;
  jenis: string;
  rhkText: string;
  rhkPosition: number;
  id: string;
  aspek: string;
  indicator: string;
  target_value: number | null;
  target_text: string | null;
  satuan: string | null;
  direction: string;
  baseline: number | null;
  perspektif: string | null;
  accumulation: string | null;
  position: number;
  source_kind: string | null;
  source_unit_id: string | null;
}

/** An approved revision as it was approved (older ones fix the targets of periods closed before the next). */
export interface ApprovedRevision {
  revision: number;
  approvedAt: Date;
  indicators: PlanIndicator[];
}

/** The plan in force for one SKP: the approved revision while a new one is drafted (issue #16 point 8). */
export interface PlanInForce {
  skpId: string;
  /** The approved revision read (null: never approved, the live draft is read). */
  revision: number | null;
  /** A newer revision is being drafted; what it says counts only once the penilai approves it. */
  underRevision: boolean;
  rhk: { id: string; jenis: string; text: string }[];
  indicators: PlanIndicator[];
  ekspektasi: Map<string, string>;
  /** Every approved revision, oldest first. */
  approved: ApprovedRevision[];
}

function fromSnapshot(skpId: string, content: SkpContent): PlanIndicator[] {
  return content.rhk.flatMap((r, rhkIndex) =>
    r.iki.map((i, index) => ({
      skp_id: skpId,
      rhkId: r.id,
      jenis: r.jenis,
      rhkText: r.text,
      rhkPosition: rhkIndex + 1,
      id: i.id,
      aspek: i.aspek,
      indicator: i.indicator,
      target_value: i.targetValue,
      target_text: i.targetText,
      satuan: i.satuan,
      direction: i.direction,
      baseline: i.baseline,
      perspektif: i.perspektif,
      accumulation: i.accumulation ?? null,
      position: index + 1,
      source_kind: i.sourceKind ?? null,
      source_unit_id: i.sourceUnitId ?? null,
    })),
  );
}

async function liveIndicators(db: Executor, skpIds: readonly string[]): Promise<PlanIndicator[]> {
  if (skpIds.length === 0) return [];
  return db
    .selectFrom('iki as i')
    .innerJoin('rhk as r', 'r.id', 'i.rhk_id')
    .select(['r.skp_id', 'r.id as rhkId', 'r.jenis', 'r.text as rhkText', 'r.position as rhkPosition', 'i.id', 'i.aspek', 'i.indicator', 'i.target_value', 'i.target_text', 'i.satuan', 'i.direction', 'i.baseline', 'i.perspektif', 'i.accumulation', 'i.position', 'i.source_kind', 'i.source_unit_id'])
    .where('r.skp_id', 'in', skpIds)
    .orderBy('r.skp_id')
    .orderBy(sql`case when r.jenis = 'UTAMA' then 0 else 1 end`)
    .orderBy('r.position')
    .orderBy('i.position')
    .execute();
}

/**
 * The plan in force of each SKP, in a fixed number of queries. An approved SKP reads its tables (an
 * approved plan cannot change there); an SKP whose new revision is in draft, submitted or returned
 * reads the snapshot of its latest approved revision; an SKP never approved reads its draft.
 */
export async function plansInForce(db: Executor, skpIds: readonly string[]): Promise<Map<string, PlanInForce>> {
  const plans = new Map<string, PlanInForce>();
  if (skpIds.length === 0) return plans;
  const [skps, revisions, live, rhkRows, perilaku] = await Promise.all([
    db.selectFrom('skp').select(['id', 'status']).where('id', 'in', skpIds).execute(),
    db.selectFrom('skp_revision').select(['skp_id', 'revision', 'approved_at', 'snapshot']).where('skp_id', 'in', skpIds).orderBy('skp_id').orderBy('revision').execute(),
    liveIndicators(db, skpIds),
    db.selectFrom('rhk').select(['id', 'skp_id', 'jenis', 'text']).where('skp_id', 'in', skpIds).orderBy(sql`case when jenis = 'UTAMA' then 0 else 1 end`).orderBy('position').execute(),
    db.selectFrom('skp_perilaku').select(['skp_id', 'core_value', 'ekspektasi']).where('skp_id', 'in', skpIds).execute(),
  ]);
  for (const skp of skps) {
    const mine = revisions.filter((r) => r.skp_id === skp.id);
    const approved = mine.map((r) => ({ revision: r.revision, approvedAt: r.approved_at, indicators: fromSnapshot(skp.id, r.snapshot as unknown as SkpContent) }));
    const latest = mine.at(-1);
    const fromLatest = latest !== undefined && skp.status !== 'DISETUJUI';
    if (fromLatest) {
      const content = latest.snapshot as unknown as SkpContent;
      plans.set(skp.id, {
        skpId: skp.id,
        revision: latest.revision,
        underRevision: true,
        rhk: content.rhk.map((r) => ({ id: r.id, jenis: r.jenis, text: r.text })),
        indicators: approved.at(-1)!.indicators,
        ekspektasi: new Map(content.perilaku.map((p) => [p.code, p.ekspektasi])),
        approved,
      });
    } else {
      plans.set(skp.id, {
        skpId: skp.id,
        revision: latest?.revision ?? null,
        underRevision: false,
        rhk: rhkRows.filter((r) => r.skp_id === skp.id).map(({ id, jenis, text }) => ({ id, jenis, text })),
        indicators: live.filter((i) => i.skp_id === skp.id),
        ekspektasi: new Map(perilaku.filter((p) => p.skp_id === skp.id).map((p) => [p.core_value, p.ekspektasi])),
        approved,
      });
    }
  }
  return plans;
}

/** The plan in force of one SKP (see plansInForce). */
export async function planInForce(db: Executor, skpId: string): Promise<PlanInForce> {
  const plan = (await plansInForce(db, [skpId])).get(skpId);
  if (!plan) throw new Error(`SKP ${skpId} not found`);
  return plan;
}

/** The latest approved revision's content, for documents printed while a newer one is drafted. */
export async function approvedContent(db: Executor, skpId: string) {
  const row = await db.selectFrom('skp_revision').select(['revision', 'approved_at', 'snapshot']).where('skp_id', '=', skpId).orderBy('revision', 'desc').limit(1).executeTakeFirst();
  return row ? { revision: row.revision, approvedAt: row.approved_at, content: row.snapshot as unknown as SkpContent } : null;
}
