import type { OrgPredikat } from '../../../domain/kurva';
import type { Rating } from '../../../domain/predikat';
import type { Settings } from '../../../shared/schemas/settings';
import type { Executor } from '../../platform/db/transaction';
import * as repo from './org-predikat.repository';

export interface ResolvedOrgPredikat {
  unitId: string;
  predikat: OrgPredikat;
  /** Set on a unit above, not on the unit itself. */
  inherited: boolean;
}

/**
 * The organisation predikat that applies to a unit (design): its own, or else that of the nearest
 * unit above it with one — an OPD's predikat covers its bidang and seksi until the leader above a
 * smaller unit sets that unit's own. `path` is the unit's ids from the top, joined by dots.
 */
export function resolveOnPath(path: string, byUnit: ReadonlyMap<string, OrgPredikat>): ResolvedOrgPredikat | null {
  const ids = path.split('.').filter(Boolean);
  for (let i = ids.length - 1; i >= 0; i -= 1) {
    const predikat = byUnit.get(ids[i]!);
    if (predikat) return { unitId: ids[i]!, predikat, inherited: i !== ids.length - 1 };
  }
  return null;
}

/** One target's predikat of every unit of the instansi, for resolving many units at once. */
export async function loadPredikatIndex(db: Executor, instansiId: string, target: repo.Target) {
  const rows = await repo.listOrgPredikat(db, instansiId, target);
  return { rows, byUnit: new Map(rows.map((r) => [r.unit_id, r.predikat])) };
}

const headRatingKey: Record<OrgPredikat, keyof Settings> = {
  ISTIMEWA: 'headRatingIstimewa',
  BAIK: 'headRatingBaik',
  BUTUH_PERBAIKAN: 'headRatingButuhPerbaikan',
  KURANG: 'headRatingKurang',
  SANGAT_KURANG: 'headRatingSangatKurang',
};

/** A unit head's rating hasil kerja from their unit's predikat (§3.4), by the instansi's mapping. */
export function headRatingFor(settings: Settings, org: OrgPredikat): Rating {
  return settings[headRatingKey[org]] as Rating;
}
