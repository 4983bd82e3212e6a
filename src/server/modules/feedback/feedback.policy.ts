import type { AuthContext } from '../../platform/auth/sessions';

export type Relation = 'ATASAN' | 'PENILAI' | 'REKAN' | 'BAWAHAN' | 'LAINNYA';

interface ChainRow {
  atasan_pegawai_id: string | null;
  penilai_pegawai_id: string | null;
  atasan_penilai_pegawai_id: string | null;
  penilaiOfficialId: string | null;
  opd_id: string | null;
}

/**
 * How the caller stands to the pegawai receiving feedback — the working relation that allows it
 * (PermenPANRB 6/2022: umpan balik berkelanjutan from the atasan; colleagues and subordinates
 * may give it too). Null: no working relation, so no feedback.
 */
export function relationTo(
  caller: { pegawaiId: string | null; officialId: string | null },
  target: { chain: ChainRow | undefined; unitId: string | null },
  callerSide: { chain: ChainRow | undefined; unitId: string | null },
  targetPegawaiId: string,
): Relation | null {
  const me = caller.pegawaiId;
  const chain = target.chain;
  if (chain && me && chain.penilai_pegawai_id === me) return 'PENILAI';
  if (chain && caller.officialId && chain.penilaiOfficialId === caller.officialId) return 'PENILAI';
  if (chain && me && (chain.atasan_pegawai_id === me || chain.atasan_penilai_pegawai_id === me)) return 'ATASAN';
  if (me && callerSide.chain && (callerSide.chain.atasan_pegawai_id === targetPegawaiId || callerSide.chain.penilai_pegawai_id === targetPegawaiId)) return 'BAWAHAN';
  if (me && target.unitId !== null && target.unitId === callerSide.unitId) return 'REKAN';
  return null;
}

const INSTANSI_WIDE = ['ADMIN_BKPSDM', 'INSPEKTORAT'] as const;

/** Who may read the feedback a pegawai received: themselves, their chain, BKPSDM and Inspektorat, the admin of their OPD. */
export function canReadReceived(auth: AuthContext, targetPegawaiId: string, chain: ChainRow | undefined, officialId: string | null): boolean {
  const me = auth.account.pegawaiId;
  if (me === targetPegawaiId) return true;
  if (chain && me && [chain.atasan_pegawai_id, chain.penilai_pegawai_id, chain.atasan_penilai_pegawai_id].includes(me)) return true;
  if (chain && officialId && chain.penilaiOfficialId === officialId) return true;
  if (INSTANSI_WIDE.some((r) => auth.roles.includes(r))) return true;
  return auth.roles.includes('ADMIN_OPD') && chain?.opd_id != null && auth.adminOpdIds.includes(chain.opd_id);
}
