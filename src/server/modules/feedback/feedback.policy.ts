import type { AuthContext } from '../../platform/auth/sessions';
import type { CurrentChain } from '../organisation';

export type Relation = 'ATASAN' | 'PENILAI' | 'REKAN' | 'BAWAHAN' | 'LAINNYA';

type ChainRow = Pick<CurrentChain, 'atasanPegawaiId' | 'penilaiPegawaiId' | 'atasanPenilaiPegawaiId' | 'pejabatPenilai' | 'opdId'>;

const penilaiOfficialId = (chain: ChainRow) => (chain.pejabatPenilai?.kind === 'OFFICIAL' ? chain.pejabatPenilai.officialId : null);

/**
 * How the caller stands to the pegawai receiving feedback — the working relation that allows it
 * (PermenPANRB 6/2022: umpan balik berkelanjutan from the atasan; colleagues and subordinates
 * may give it too). Null: no working relation, so no feedback.
 */
export function relationTo(
  caller: { pegawaiId: string | null; officialId: string | null },
  target: { chain: ChainRow | null; unitId: string | null },
  callerSide: { chain: ChainRow | null; unitId: string | null },
  targetPegawaiId: string,
): Relation | null {
  const me = caller.pegawaiId;
  const chain = target.chain;
  if (chain && me && chain.penilaiPegawaiId === me) return 'PENILAI';
  if (chain && caller.officialId && penilaiOfficialId(chain) === caller.officialId) return 'PENILAI';
  if (chain && me && (chain.atasanPegawaiId === me || chain.atasanPenilaiPegawaiId === me)) return 'ATASAN';
  if (me && callerSide.chain && (callerSide.chain.atasanPegawaiId === targetPegawaiId || callerSide.chain.penilaiPegawaiId === targetPegawaiId)) return 'BAWAHAN';
  if (me && target.unitId !== null && target.unitId === callerSide.unitId) return 'REKAN';
  return null;
}

const INSTANSI_WIDE = ['ADMIN_BKPSDM', 'INSPEKTORAT'] as const;

/** Who may read the feedback a pegawai received: themselves, their chain, BKPSDM and Inspektorat, the admin of their OPD. */
export function canReadReceived(auth: AuthContext, targetPegawaiId: string, chain: ChainRow | null, officialId: string | null): boolean {
  const me = auth.account.pegawaiId;
  if (me === targetPegawaiId) return true;
  if (chain && me && [chain.atasanPegawaiId, chain.penilaiPegawaiId, chain.atasanPenilaiPegawaiId].includes(me)) return true;
  if (chain && officialId && penilaiOfficialId(chain) === officialId) return true;
  if (INSTANSI_WIDE.some((r) => auth.roles.includes(r))) return true;
  return auth.roles.includes('ADMIN_OPD') && chain?.opdId != null && auth.adminOpdIds.includes(chain.opdId);
}
