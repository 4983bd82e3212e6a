import type { OrgPredikat } from '../../../domain/kurva';
import type { Rating } from '../../../domain/predikat';
import type { Settings } from '../../../shared/schemas/settings';
import type { Executor } from '../../platform/db/transaction';
import type { Target } from './evaluation-access';
import * as repo from './evaluation.repository';
import { headRatingFor, resolveForUnit } from './org-predikat-resolve';

export interface HeadContext {
  unitId: string;
  unitName: string;
  orgPredikat: OrgPredikat | null;
  /** Null while the unit has no organisation predikat for the target. */
  rating: Rating | null;
}

/**
 * The SKP's post, and for the head of a unit the rating hasil kerja their unit's predikat gives
 * (SE 3/2023: "capaian kinerja satuan organisasi yang dipimpin ditetapkan sebagai rating hasil
 * kerja"). The post is the SKP's, so a Plt is rated on their own post, not the one they act in.
 */
export async function loadPost(db: Executor, skp: { instansi_id: string; jabatan_id: string }, target: Target, settings: Settings) {
  const post = await repo.findSkpPost(db, skp.jabatan_id);
  if (!post.is_head) return { post, head: null };
  const resolved = await resolveForUnit(db, skp.instansi_id, post.unit_id, { year: target.year, periodId: target.period?.id ?? null });
  const head: HeadContext = {
    unitId: post.unit_id,
    unitName: post.unitName,
    orgPredikat: resolved?.predikat ?? null,
    rating: resolved ? headRatingFor(settings, resolved.predikat) : null,
  };
  return { post, head };
}
