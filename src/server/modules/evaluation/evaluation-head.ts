import type { OrgPredikat } from '../../../domain/kurva';
import type { Rating } from '../../../domain/predikat';
import type { Settings } from '../../../shared/schemas/settings';
import type { AuthContext } from '../../platform/auth/sessions';
import type { Executor } from '../../platform/db/transaction';
import { listUnitsHeadedBy } from '../organisation';
import type { Target } from './evaluation-access';
import { canSetOrgPredikat } from './evaluation.policy';
import * as repo from './evaluation.repository';
import * as orgRepo from './org-predikat.repository';
import { headRatingFor } from './org-predikat-resolve';

export interface HeadContext {
  unitId: string;
  unitName: string;
  /** The unit's own predikat for the target; never one inherited from a unit above. */
  orgPredikat: OrgPredikat | null;
  /** Null while the unit has no organisation predikat of its own for the target. */
  rating: Rating | null;
}

/**
 * The SKP's post, and for the head of a unit the rating hasil kerja their unit's predikat gives
 * (SE 3/2023: "capaian kinerja satuan organisasi yang dipimpin ditetapkan sebagai rating hasil
 * kerja"). Only the unit they lead counts: an OPD's predikat covers the curve of its bidang, but
 * forcing it on a Kabid's own rating would rate the Kabid on somebody else's unit. The post is the
 * SKP's, so a Plt is rated on their own post, not the one they act in.
 */
export async function loadPost(db: Executor, skp: { instansi_id: string; jabatan_id: string }, target: Target, settings: Settings) {
  const post = await repo.findSkpPost(db, skp.jabatan_id);
  if (!post.is_head) return { post, head: null };
  const own = await ownPredikat(db, skp.instansi_id, post.unit_id, target);
  const head: HeadContext = { unitId: post.unit_id, unitName: post.unitName, orgPredikat: own, rating: own ? headRatingFor(settings, own) : null };
  return { post, head };
}

export async function ownPredikat(db: Executor, instansiId: string, unitId: string, target: { year: number; period: { id: string } | null }) {
  const rows = await orgRepo.listOrgPredikat(db, instansiId, { year: target.year, periodId: target.period?.id ?? null });
  return rows.find((r) => r.unit_id === unitId)?.predikat ?? null;
}

/** Whether the caller may set the head's unit predikat from the rating screen (the leader above, or BKPSDM). */
export async function maySetHeadPredikat(db: Executor, auth: AuthContext, unitId: string, today: string) {
  const unit = await orgRepo.findUnit(db, unitId);
  if (!unit) return false;
  const headed = auth.account.pegawaiId ? await listUnitsHeadedBy(db, auth.account.pegawaiId, today) : [];
  return canSetOrgPredikat(auth, unit, headed);
}
