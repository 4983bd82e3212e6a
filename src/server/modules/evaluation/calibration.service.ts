import type { CalibrationView, FinaliseInput } from '../../../shared/schemas/evaluation';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { todayInSolok } from '../../platform/calendar';
import { inTransaction, type Executor } from '../../platform/db/transaction';
import { AppError, conflict, forbiddenScope, notFound } from '../../platform/errors';
import { loadSettings } from '../../platform/settings/settings';
import { findOfficialOfAccount } from '../organisation';
import { recordAnnualResults } from './annual-result';
import { assessGroup, describeForced, describeViolation } from './calibration-group';
import { resolveCurve, resolveTarget, toMemberView, type ResolvedTarget } from './calibration-support';
import * as repo from './calibration.repository';
import { toPeriodView } from './evaluation-dates';
import { notifyFinalised } from './evaluation-notifications';
import { describePeople } from './evaluation-people';
import { canReadGroup, holds, type Seat } from './evaluation.policy';

const MIN_JUSTIFICATION = 10;

export function createCalibrationService(ctx: AppContext) {
  const { db, clock, audit } = ctx;

  /** The caller as a penilai: their pegawai id, or the official they are (the Wali Kota). */
  async function callerSeat(trx: Executor, auth: AuthContext): Promise<Seat> {
    if (auth.account.pegawaiId) return { pegawaiId: auth.account.pegawaiId, accountId: null, officialName: null };
    const official = await findOfficialOfAccount(trx, auth.account.id);
    return { pegawaiId: null, accountId: auth.account.id, officialName: official?.name ?? auth.account.name };
  }

  async function loadGroup(trx: Executor, auth: AuthContext, penilai: Seat, target: ResolvedTarget) {
    const official = penilai.pegawaiId ? null : await findOfficialOfAccount(trx, penilai.accountId ?? '');
    const filter: repo.GroupFilter = penilai.pegawaiId ? { penilaiPegawaiId: penilai.pegawaiId } : { officialId: official?.id ?? '0' };
    const [members, { values: settings }] = await Promise.all([repo.listGroupMembers(trx, auth.account.instansiId, target, filter), loadSettings(trx, auth.account.instansiId)]);
    const { curve, headMismatches } = await resolveCurve(trx, auth.account.instansiId, target, penilai.pegawaiId, members, settings, todayInSolok(clock));
    const assessment = assessGroup(members, curve, settings.curveEnforcement, headMismatches);
    return { members, settings, curve, assessment };
  }

  async function toView(trx: Executor, auth: AuthContext, penilai: Seat, target: ResolvedTarget, group: Awaited<ReturnType<typeof loadGroup>>): Promise<CalibrationView> {
    const { members, settings, curve, assessment: a } = group;
    const isPenilai = holds(auth, penilai);
    const people = penilai.pegawaiId ? await describePeople(trx, penilai.pegawaiId, { penilai: null, atasanPenilai: null }, todayInSolok(clock)) : null;
    return {
      kind: target.kind,
      year: target.year,
      period: target.period ? toPeriodView(target.period) : null,
      penilai: { person: people?.pegawai ?? null, official: penilai.pegawaiId ? null : penilai.officialName },
      curveUnit: curve.unit,
      orgPredikat: curve.orgPredikat,
      enforcement: settings.curveEnforcement,
      members: members.map(toMemberView),
      counts: a.counts,
      total: a.total,
      rated: a.rated,
      allowed: a.allowed,
      check: a.check,
      satisfiable: a.satisfiable,
      forcedMembers: a.forcedMembers,
      finalised: a.finalised,
      can: { adjust: isPenilai && a.toFinalise.length > 0, finalise: isPenilai && a.blockers.length === 0 },
      blockers: a.blockers,
      justificationRequired: a.justificationRequired,
    };
  }

  /** One penilai's group: the caller's own, or (for those who see the instansi) another penilai's. */
  async function groupView(auth: AuthContext, query: { periodId?: string; year?: number; penilaiPegawaiId?: string }) {
    const target = await resolveTarget(db, auth, query.periodId ?? null, query.year);
    let penilai = await callerSeat(db, auth);
    if (query.penilaiPegawaiId && query.penilaiPegawaiId !== auth.account.pegawaiId) {
      const names = await repo.findPegawaiNames(db, [query.penilaiPegawaiId]);
      if (!names.has(query.penilaiPegawaiId)) throw notFound();
      penilai = { pegawaiId: query.penilaiPegawaiId, accountId: null, officialName: null };
      if (!canReadGroup(auth, penilai)) throw forbiddenScope();
    }
    return toView(db, auth, penilai, target, await loadGroup(db, auth, penilai, target));
  }

  /**
   * The penilai finalises their whole group at once, under the curve: hard mode refuses a broken
   * curve (422 with every violation); soft mode lets it through with a justification, which is
   * kept on each evaluation, printed on the document and written to the audit log.
   */
  async function finalise(auth: AuthContext, actor: AuditActor, input: FinaliseInput) {
    return inTransaction(db, async (trx) => {
      const target = await resolveTarget(trx, auth, input.periodId, input.year);
      const penilai = await callerSeat(trx, auth);
      const group = await loadGroup(trx, auth, penilai, target);
      const { assessment: a, curve, settings } = group;
      if (group.members.length === 0) throw forbiddenScope();
      if (a.toFinalise.length === 0 && a.unrated === 0) throw conflict('Semua evaluasi kelompok ini sudah difinalisasi.');
      if (a.blockers.length > 0) throw new AppError('RULE_VIOLATION', a.blockers.map((message) => ({ path: 'group', message })));
      const justification = input.justification?.trim() ?? '';
      if (a.justificationRequired && justification.length < MIN_JUSTIFICATION) {
        throw new AppError('RULE_VIOLATION', [
          { path: 'justification', message: `Distribusi tidak sesuai kurva; tuliskan justifikasi (minimal ${MIN_JUSTIFICATION} karakter).` },
          ...(a.check?.violations ?? []).map((v) => ({ path: 'distribution', message: describeViolation(v) })),
          ...(a.forcedMembers.length > 0 ? [{ path: 'distribution', message: describeForced(a.forcedMembers) }] : []),
        ]);
      }
      const now = clock.now();
      const ids = a.toFinalise.map((m) => m.evaluation_id!);
      const violations = a.check?.violations ?? [];
      const curveFields = { unitId: curve.unit?.id ?? null, orgPredikat: curve.orgPredikat, enforcement: settings.curveEnforcement, counts: a.counts, violations, justification: a.justificationRequired ? justification : null };
      const moved = await repo.finaliseEvaluations(trx, { ids, at: now, by: auth.account.id, penilai: { pegawaiId: penilai.pegawaiId, accountId: penilai.accountId }, curve: curveFields });
      if (moved !== ids.length) throw conflict('Sebagian evaluasi berubah saat finalisasi; muat ulang dan coba lagi.');
      if (target.kind === 'TAHUNAN') await recordAnnualResults(trx, ids, now);
      await audit.append(trx, actor, {
        action: 'evaluation.group_finalised',
        entityType: 'evaluation_group',
        entityId: penilai.pegawaiId ?? penilai.accountId,
        data: { kind: target.kind, year: target.year, periodId: target.periodId, evaluationIds: ids, curveUnitId: curveFields.unitId, orgPredikat: curve.orgPredikat, enforcement: settings.curveEnforcement, counts: a.counts, violations, justification: curveFields.justification },
      });
      const groupKey = `${penilai.pegawaiId ?? `account-${penilai.accountId}`}:${target.periodId ?? `year-${target.year}`}:${now.getTime()}`;
      await notifyFinalised(trx, a.toFinalise.map((m) => m.pegawai_id), target.period?.name ?? `Tahunan ${target.year}`, groupKey);
      const calibration = await toView(trx, auth, penilai, target, await loadGroup(trx, auth, penilai, target));
      return { finalised: ids.length, calibration };
    });
  }

  return { groupView, finalise, callerSeat };
}

export type CalibrationService = ReturnType<typeof createCalibrationService>;
