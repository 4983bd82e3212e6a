import { isFinalised } from '../../../domain/evaluation-workflow';
import type { AuthContext } from '../../platform/auth/sessions';
import type { Executor } from '../../platform/db/transaction';
import { notFound, ruleViolation } from '../../platform/errors';
import { findOfficials } from '../organisation';
import { listPeriodsOfYear } from '../periods';
import { loadReadableSkp, type ReadableSkp } from '../skp';
import { evaluationActorsOf, type Seat, type Seats } from './evaluation.policy';
import * as repo from './evaluation.repository';

export interface Target {
  kind: 'PERIODIK' | 'TAHUNAN';
  year: number;
  period: repo.PeriodRow | null;
  /** First and last day the evaluation covers. */
  startsOn: string;
  endsOn: string;
}

export type EvaluationContext = Awaited<ReturnType<typeof loadEvaluationContext>>;

/** The penilai and atasan penilai of the pegawai's chain now (the Wali Kota by account). */
export async function currentSeats(db: Executor, readable: ReadableSkp): Promise<Seats> {
  const p = readable.participants;
  const penilai: Seat | null = p.penilaiPegawaiId
    ? { pegawaiId: p.penilaiPegawaiId, accountId: null, officialName: null }
    : p.penilaiOfficialAccountId
      ? { pegawaiId: null, accountId: p.penilaiOfficialAccountId, officialName: p.penilaiOfficialName }
      : null;
  let atasanPenilai: Seat | null = p.atasanPenilaiPegawaiId ? { pegawaiId: p.atasanPenilaiPegawaiId, accountId: null, officialName: null } : null;
  const top = p.chain?.atasanPejabatPenilai;
  if (!atasanPenilai && top?.kind === 'OFFICIAL') {
    const [official] = await findOfficials(db, [top.officialId]);
    atasanPenilai = { pegawaiId: null, accountId: official?.accountId ?? null, officialName: official?.name ?? top.name };
  }
  return { penilai, atasanPenilai };
}

/** The seats frozen on the evaluation when it was rated and finalised. */
export async function frozenSeats(db: Executor, e: repo.EvaluationRow): Promise<Seats> {
  const names = await repo.findAccountNames(db, [e.penilai_account_id, e.atasan_penilai_account_id].filter((id): id is string => id !== null));
  const seat = (pegawaiId: string | null, accountId: string | null): Seat | null =>
    pegawaiId || accountId ? { pegawaiId, accountId, officialName: accountId ? (names.get(accountId) ?? null) : null } : null;
  return { penilai: seat(e.penilai_pegawai_id, e.penilai_account_id), atasanPenilai: seat(e.atasan_penilai_pegawai_id, e.atasan_penilai_account_id) };
}

/**
 * One SKP's evaluation for a period (or the year, `periodId` null), readable by the caller: the
 * SKP with its participants (404 unknown, 403 out of scope), the target, the evaluation row if
 * any, the seats (frozen once finalised) and the caller's part in it.
 */
export async function loadEvaluationContext(db: Executor, auth: AuthContext, skpId: string, periodId: string | null) {
  const readable = await loadReadableSkp(db, auth, skpId);
  const { skp } = readable;
  const periods = await listPeriodsOfYear(db, skp.instansi_id, skp.year);
  const period = periodId === null ? null : (periods.find((p) => p.id === periodId) ?? null);
  if (periodId !== null && !period) throw notFound();
  const target: Target = {
    kind: period ? 'PERIODIK' : 'TAHUNAN',
    year: skp.year,
    period,
    startsOn: period?.starts_on ?? `${skp.year}-01-01`,
    endsOn: period?.ends_on ?? `${skp.year}-12-31`,
  };
  const evaluation = (await repo.findEvaluationOfSkp(db, skpId, periodId)) ?? null;
  const status = evaluation?.status ?? 'DRAFT';
  const seats = evaluation && isFinalised(status) ? await frozenSeats(db, evaluation) : await currentSeats(db, readable);
  return { readable, skp, periods, target, evaluation, status, seats, actors: evaluationActorsOf(auth, skp.pegawai_id, seats) };
}

export async function loadEvaluationById(db: Executor, auth: AuthContext, id: string) {
  const row = await repo.findEvaluation(db, id);
  if (!row || row.instansi_id !== auth.account.instansiId) throw notFound();
  return loadEvaluationContext(db, auth, row.skp_id, row.period_id);
}

/** An evaluation is of an approved plan, for a period the SKP was in force in. */
export function assertEvaluable(context: EvaluationContext): void {
  const { skp, target } = context;
  if (skp.status !== 'DISETUJUI' && skp.revision <= 1) throw ruleViolation('skp', 'SKP belum disetujui pejabat penilai; belum dapat dievaluasi.');
  if (target.endsOn < skp.valid_from || (skp.valid_to !== null && target.startsOn > skp.valid_to)) {
    throw ruleViolation('periodId', 'Periode ini di luar masa berlaku SKP ini.');
  }
}

export function isEvaluable(context: EvaluationContext): boolean {
  try {
    assertEvaluable(context);
    return true;
  } catch {
    return false;
  }
}
