import { isSkpEditable } from '../../../domain/skp-workflow';
import type { PeriodRealisationView, RealisationInput, SkpProgressView } from '../../../shared/schemas/execution';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { todayInSolok } from '../../platform/calendar';
import { inTransaction, type Executor } from '../../platform/db/transaction';
import { AppError, conflict, forbiddenScope, notFound, ruleViolation } from '../../platform/errors';
import { notify } from '../notifications';
import { listPeriodsOfYear } from '../periods';
import { loadReadableSkp } from '../skp';
import { buildPeriodView } from './period-view';
import { accumulationOf, closedPeriodVariants, indicatorSeries, rollUp } from './progress';
import { isPenilai, RATED_LOCK, realisationRights } from './realisation.policy';
import * as repo from './realisation.repository';
import { describeSource, isServiceFed, withServiceFed } from './service-fed';

/** Locks the periods a rated evaluation covers, in the rating's transaction; the first rating's lock is kept. */
export async function lockRatedPeriods(db: Executor, skpId: string, periodIds: readonly string[], evaluationId: string, at: Date): Promise<void> {
  await repo.lockRatedPeriods(db, skpId, periodIds, evaluationId, at);
}

export function createRealisationService(ctx: AppContext) {
  const { db, clock, audit } = ctx;

  /** The SKP (readable by the caller), its year's periods, the one asked for, and the caller's rights in it. */
  async function loadPeriod(trx: Executor, auth: AuthContext, skpId: string, periodId: string) {
    const readable = await loadReadableSkp(trx, auth, skpId);
    const periods = await listPeriodsOfYear(trx, readable.skp.instansi_id, readable.skp.year);
    const period = periods.find((p) => p.id === periodId);
    if (!period) throw notFound();
    const [submission, rated] = await Promise.all([repo.findSubmission(trx, skpId, periodId), repo.isRatedLocked(trx, skpId, periodId)]);
    return { readable, periods, period, submission, rated, rights: realisationRights(auth, readable, period, submission, rated) };
  }

  /** Loads for a change by the owner: 403 for anyone else, 422 saying why when the period is locked. */
  async function loadEditable(trx: Executor, auth: AuthContext, skpId: string, periodId: string) {
    const loaded = await loadPeriod(trx, auth, skpId, periodId);
    if (!loaded.readable.actors.has('owner')) throw forbiddenScope();
    if (!loaded.rights.edit) throw new AppError('RULE_VIOLATION', [{ path: 'period', message: loaded.rights.lockedReason ?? 'Realisasi tidak dapat diubah.' }]);
    return loaded;
  }

  async function view(auth: AuthContext, skpId: string, periodId: string, trx: Executor = db): Promise<PeriodRealisationView> {
    const { readable, periods, period, rights } = await loadPeriod(trx, auth, skpId, periodId);
    return buildPeriodView(trx, readable, periods, period, rights, todayInSolok(clock), clock.now());
  }

  async function saveRealisation(auth: AuthContext, actor: AuditActor, skpId: string, periodId: string, ikiId: string, input: RealisationInput) {
    return inTransaction(db, async (trx) => {
      const { readable } = await loadEditable(trx, auth, skpId, periodId);
      const iki = (await repo.listIndicators(trx, [skpId])).find((i) => i.id === ikiId);
      if (!iki) throw notFound();
      if (!(await repo.ikiExists(trx, ikiId))) throw conflict('Indikator ini dihapus dalam draf revisi SKP; realisasinya tidak dapat diisi lagi.');
      const value = input.value ?? null;
      if (value !== null && isServiceFed(iki)) throw ruleViolation('value', await describeSource(trx, iki));
      if (value === null && input.narrative === '') throw ruleViolation('value', readable.skp.pendekatan === 'KUALITATIF' || iki.target_value === null ? 'Isi realisasi naratif.' : 'Isi nilai realisasi (angka) atau uraiannya.');
      if (value !== null && value < 0) throw ruleViolation('value', 'Realisasi tidak boleh negatif.');
      const before = await repo.findRealisation(trx, ikiId, periodId);
      await repo.upsertRealisation(trx, { skp_id: skpId, iki_id: ikiId, period_id: periodId, value, narrative: input.narrative, rencana_aksi: input.rencanaAksi, updated_by: auth.account.id, updated_at: clock.now() });
      await audit.append(trx, actor, { action: 'realisation.saved', entityType: 'skp', entityId: skpId, data: { periodId, ikiId, before: before ?? null, after: { value, narrative: input.narrative, rencanaAksi: input.rencanaAksi } } });
      return view(auth, skpId, periodId, trx);
    });
  }

  /** The pegawai hands the period's realisation to the atasan for review; every IKI must have an entry. */
  async function submitPeriod(auth: AuthContext, actor: AuditActor, skpId: string, periodId: string) {
    return inTransaction(db, async (trx) => {
      const { readable, period, submission } = await loadEditable(trx, auth, skpId, periodId);
      const [indicators, realisations] = await Promise.all([repo.listIndicators(trx, [skpId]), repo.listRealisations(trx, [skpId])]);
      // A service-fed IKI is filled by its unit's data, typed or not.
      const entered = new Set([...realisations.filter((r) => r.period_id === periodId).map((r) => r.iki_id), ...indicators.filter(isServiceFed).map((i) => i.id)]);
      const missing = indicators.filter((i) => !entered.has(i.id));
      if (indicators.length === 0) throw ruleViolation('rhk', 'SKP ini belum memiliki indikator.');
      if (missing.length > 0) throw new AppError('RULE_VIOLATION', missing.map((i) => ({ path: `iki.${i.id}`, message: `Realisasi "${i.indicator}" belum diisi.` })));
      const now = clock.now();
      // Lateness is a fact of the first submission and stays on record; a resubmission after reopening keeps it.
      const late = submission?.late ?? todayInSolok(clock) > period.realisation_closes;
      await repo.upsertSubmission(trx, { skp_id: skpId, period_id: periodId, submitted_at: now, submitted_by: auth.account.id, late });
      await audit.append(trx, actor, { action: 'realisation.submitted', entityType: 'skp', entityId: skpId, data: { periodId, late, resubmission: submission !== undefined } });
      const { participants } = readable;
      const reviewers = [participants.atasanPegawaiId, participants.penilaiPegawaiId].filter((id): id is string => id !== null);
      const owner = await repo.findOwner(trx, readable.skp.pegawai_id);
      const draft = { kind: 'REALISATION_SUBMITTED' as const, title: `Realisasi ${period.name} menunggu tinjauan`, body: `${owner.name} mengirim realisasi ${period.name} beserta bukti dukungnya.`, link: `/skp/${skpId}/periode/${periodId}` };
      await notify(trx, { pegawaiIds: reviewers }, draft);
      if (participants.penilaiOfficialAccountId) await notify(trx, { accountIds: [participants.penilaiOfficialAccountId] }, draft);
      return view(auth, skpId, periodId, trx);
    });
  }

  /**
   * How an indicator's periods add up to the year. It is part of the plan (issue #16 point 5): the
   * owner sets it while drafting; an approved plan changes it only through a revision.
   */
  async function setAccumulation(auth: AuthContext, actor: AuditActor, skpId: string, ikiId: string, accumulation: string | null) {
    return inTransaction(db, async (trx) => {
      const readable = await loadReadableSkp(trx, auth, skpId);
      if (!readable.actors.has('owner')) throw forbiddenScope();
      if (readable.skp.valid_to !== null || !isSkpEditable(readable.skp.status)) throw conflict('Cara akumulasi adalah bagian dari SKP: ubah dalam draf SKP (ajukan revisi bila SKP sudah disetujui).');
      const iki = await repo.findIkiOfSkp(trx, skpId, ikiId);
      if (!iki) throw notFound();
      await repo.updateAccumulation(trx, ikiId, accumulation);
      await audit.append(trx, actor, { action: 'iki.accumulation_set', entityType: 'skp', entityId: skpId, data: { ikiId, before: iki.accumulation, after: accumulation } });
      return { ok: true as const };
    });
  }

  /** The pejabat penilai reopens a submitted period so the pegawai can correct it; the reason is audited and sent to the pegawai. */
  async function reopenPeriod(auth: AuthContext, actor: AuditActor, skpId: string, periodId: string, reason: string) {
    return inTransaction(db, async (trx) => {
      const { readable, period, submission, rated, rights } = await loadPeriod(trx, auth, skpId, periodId);
      if (!isPenilai(auth, readable)) throw forbiddenScope();
      if (rated) throw conflict(RATED_LOCK);
      if (!rights.reopen || !submission) throw conflict(submission && submission.reopened_at === null ? 'Periode ini sudah ditutup; realisasinya tidak dapat dibuka kembali.' : 'Realisasi periode ini belum dikirim atau sudah dibuka kembali.');
      const now = clock.now();
      if (!(await repo.reopenSubmission(trx, skpId, periodId, auth.account.id, reason, now))) throw conflict('Realisasi periode ini sudah dibuka kembali.');
      await audit.append(trx, actor, { action: 'realisation.reopened', entityType: 'skp', entityId: skpId, data: { periodId, reason, submittedAt: submission.submitted_at.toISOString(), late: submission.late } });
      await notify(trx, { pegawaiIds: [readable.skp.pegawai_id] }, { kind: 'REALISATION_REOPENED', title: `Realisasi ${period.name} dibuka kembali`, body: `${auth.account.name} membuka kembali realisasi ${period.name} Anda. Alasan: ${reason}`, link: `/skp/${skpId}/periode/${periodId}` });
      return view(auth, skpId, periodId, trx);
    });
  }

  /** Each IKI's realisation against its target over the periods (the chart), with RHK and SKP capaian. */
  async function progress(auth: AuthContext, skpId: string): Promise<SkpProgressView> {
    const { skp } = await loadReadableSkp(db, auth, skpId);
    const [periods, plans, typedRealisations, submissions] = await Promise.all([listPeriodsOfYear(db, skp.instansi_id, skp.year), repo.listPlans(db, [skpId]), repo.listRealisations(db, [skpId]), repo.listSubmissions(db, [skpId])]);
    const typedIndicators = plans.get(skpId)?.indicators ?? [];
    const { indicators, realisations, latestSources } = await withServiceFed(db, typedIndicators, typedRealisations, periods, clock.now());
    const series = indicatorSeries(indicators, realisations, periods.map((p) => p.id), closedPeriodVariants(plans, periods, submissions, clock.now()));
    const rolled = periods.map((_, k) => rollUp(indicators, series, k));
    const rhkTexts = new Map(indicators.map((i) => [i.rhkId, i.rhkText]));
    return {
      skpId,
      periods: periods.map((p) => ({ id: p.id, name: p.name, endsOn: p.ends_on })),
      iki: indicators.map((i) => ({
        id: i.id,
        rhkId: i.rhkId,
        rhkText: i.rhkText,
        aspek: i.aspek as 'KUANTITAS',
        indicator: i.indicator,
        satuan: i.satuan,
        targetValue: i.target_value,
        direction: i.direction as 'HIGHER' | 'LOWER',
        accumulation: accumulationOf(i),
        points: series.get(i.id) ?? [],
        source: latestSources.get(i.id) ?? null,
      })),
      rhk: [...rhkTexts].map(([id, text]) => ({ id, text, capaian: rolled.map((r) => r.rhk.get(id) ?? null) })),
      capaian: rolled.map((r) => r.skp),
    };
  }

  return { view, saveRealisation, submitPeriod, setAccumulation, reopenPeriod, progress, loadPeriod };
}

