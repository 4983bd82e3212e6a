import type { IkmBurstDecision } from '../../../shared/schemas/public-service';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor, AuditLog } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { inTransaction, type Trx } from '../../platform/db/transaction';
import { conflict, forbiddenScope, notFound } from '../../platform/errors';
import * as burstRepo from './ikm-burst.repository';
import { findServiceUnit } from './service-units.repository';

/**
 * A burst: more answers in a short time than separate visitors give — from one address (a tablet
 * at the counter can do it honestly, a script too) or at the unit from anywhere. Its answers stay
 * out of the IKM and the indicators fed by it until BKPSDM accepts them.
 */
export const IKM_BURST = { windowMs: 10 * 60_000, sameAddress: 5, unitWide: 30, dayMs: 24 * 60 * 60_000, sameAddressPerDay: 10 } as const;

/** After an answer is stored: flag the burst it belongs to, if any. Runs in the answer's transaction. */
export async function flagBurst(trx: Trx, audit: AuditLog, unit: { id: string; instansi_id: string }, ipHash: string, now: Date, requestId: string) {
  const since = new Date(now.getTime() - IKM_BURST.windowMs);
  const daySince = new Date(now.getTime() - IKM_BURST.dayMs);
  const counts = await burstRepo.countRecent(trx, unit.id, ipHash, since);
  const fromOneAddress = counts.sameAddress >= IKM_BURST.sameAddress;
  // A patient stuffer stays under the ten-minute rule; one address's answers to one unit are also capped per day.
  const unitWide = counts.all >= IKM_BURST.unitWide;
  const daily = fromOneAddress || unitWide ? 0 : (await burstRepo.countRecent(trx, unit.id, ipHash, daySince)).sameAddress;
  const overDaily = daily >= IKM_BURST.sameAddressPerDay;
  if (!fromOneAddress && !unitWide && !overDaily) return;
  const from = overDaily ? daySince : since;
  const open = await burstRepo.findOpenBurst(trx, unit.id, from);
  const reason = fromOneAddress
    ? `${counts.sameAddress} jawaban dari satu alamat dalam ${IKM_BURST.windowMs / 60_000} menit`
    : unitWide
      ? `${counts.all} jawaban dalam ${IKM_BURST.windowMs / 60_000} menit`
      : `${daily} jawaban dari satu alamat dalam ${IKM_BURST.dayMs / 3_600_000} jam`;
  const burstId = open?.id ?? (await burstRepo.insertBurst(trx, { instansi_id: unit.instansi_id, service_unit_id: unit.id, first_at: from, last_at: now, reason }));
  await burstRepo.attachToBurst(trx, burstId, unit.id, from, now, fromOneAddress || overDaily ? ipHash : null);
  if (!open) {
    const system: AuditActor = { instansiId: unit.instansi_id, accountId: null, login: null, ip: null, requestId };
    await audit.append(trx, system, { action: 'ikm.burst_flagged', entityType: 'ikm_burst', entityId: burstId, data: { serviceUnitId: unit.id, reason } });
  }
}

export function createIkmBurstService(ctx: AppContext) {
  const { db, clock, audit } = ctx;

  /** BKPSDM alone accepts a burst (its answers count) or rejects it (they never do), with a note; once. */
  async function decide(auth: AuthContext, actor: AuditActor, serviceUnitId: string, burstId: string, input: IkmBurstDecision) {
    return inTransaction(db, async (trx) => {
      const unit = await findServiceUnit(trx, serviceUnitId);
      if (!unit || unit.instansi_id !== auth.account.instansiId) throw notFound();
      if (!auth.roles.includes('ADMIN_BKPSDM')) throw forbiddenScope();
      const burst = await burstRepo.findBurst(trx, burstId);
      if (!burst || burst.service_unit_id !== unit.id) throw notFound();
      if (burst.status !== 'PENDING') throw conflict('Lonjakan jawaban ini sudah diputuskan.');
      const status: 'ACCEPTED' | 'REJECTED' = input.decision === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED';
      const now = clock.now();
      await burstRepo.decideBurst(trx, burst.id, { status, decided_by: auth.account.id, decided_at: now, decision_note: input.note });
      await audit.append(trx, actor, { action: `ikm.burst_${status.toLowerCase()}`, entityType: 'ikm_burst', entityId: burst.id, data: { serviceUnitId: unit.id, note: input.note } });
      return { id: burst.id, status, decidedAt: now.toISOString() };
    });
  }

  return { decide };
}
