import { ikmFromTotals, ikmUnsur, mutuLabel } from '../../../domain/ikm';
import { localDate } from '../../../domain/sla';
import type { IkmResultView, IkmSubmission } from '../../../shared/schemas/public-service';
import type { AppContext } from '../../platform/app-context';
import type { AuthContext } from '../../platform/auth/sessions';
import { inTransaction } from '../../platform/db/transaction';
import { conflict, forbiddenScope, notFound, ruleViolation } from '../../platform/errors';
import { loadSettings } from '../../platform/settings/settings';
import { ikmReportFileName, renderIkmPdf, renderIkmXlsx } from './ikm-report';
import { flagBurst } from './ikm-burst.service';
import { listBursts, lockServiceUnit } from './ikm-burst.repository';
import { issueRespondentToken, periodKeyOn, respondentHash } from './ikm-respondent';
import * as ikmRepo from './ikm.repository';
import { hashAddress } from './intake-keys';
import { loadCallerContext, unitRights } from './public-service.policy';
import { findInstansi, findServiceUnit, findServiceUnitBySlug } from './service-units.repository';
import { findPeriod, ikmHeld, ikmStats, listIkmComments, type PeriodWindow } from './service-metrics.repository';

/** Identical answers from the same address this soon after are a double submission, not a second respondent. */
const DOUBLE_SUBMIT_MS = 2 * 60 * 1000;
const COMMENTS_SHOWN = 50;

/** The IKM survey: anyone answers at a unit's page; staff read the result per period (PermenPANRB 14/2017). */
export function createIkmService(ctx: AppContext) {
  const { db, clock, auditKey, logger, audit } = ctx;

  async function submit(slug: string, input: IkmSubmission, meta: { ip: string; requestId: string }) {
    const unit = await findServiceUnitBySlug(db, slug);
    if (!unit) throw notFound();
    const now = clock.now();
    if (input.website && input.website.trim() !== '') {
      logger.info({ requestId: meta.requestId, slug }, 'IKM honeypot filled; discarded');
      return { submittedAt: now.toISOString(), duplicate: false };
    }
    const respondent = respondentHash(auditKey, input.respondentToken);
    if (!respondent) throw ruleViolation('respondentToken', 'Token responden tidak valid; muat ulang halaman survei.');
    const ipHash = hashAddress(auditKey, meta.ip);
    const scores = input.scores;
    return inTransaction(db, async (trx) => {
      // One unit's answers queue here, so bursts are counted without a race.
      await lockServiceUnit(trx, unit.id);
      const same = await ikmRepo.findRecentSame(trx, unit.id, ipHash, scores, input.comment ?? null, new Date(now.getTime() - DOUBLE_SUBMIT_MS));
      if (same) return { submittedAt: same.submitted_at.toISOString(), duplicate: true };
      const periodKey = await periodKeyOn(trx, unit.instansi_id, localDate(now));
      if (await ikmRepo.findByRespondent(trx, unit.id, periodKey, respondent)) throw conflict('Perangkat ini sudah mengisi survei unit layanan ini untuk periode ini. Terima kasih.');
      // Answers are anonymous and not audited one by one: no account, no name, only keyed hashes of the address and the device token.
      await ikmRepo.insertResponse(trx, {
        instansi_id: unit.instansi_id,
        service_unit_id: unit.id,
        submitted_at: now,
        submitted_on: localDate(now),
        scores,
        comment: input.comment ?? null,
        ip_hash: ipHash,
        respondent_hash: respondent,
        period_key: periodKey,
      });
      await flagBurst(trx, audit, unit, ipHash, now, meta.requestId);
      return { submittedAt: now.toISOString(), duplicate: false };
    });
  }

  /** A respondent token for this device (the survey page keeps it); issuing is limited per address. */
  async function respondentToken(slug: string) {
    if (!(await findServiceUnitBySlug(db, slug))) throw notFound();
    return { token: issueRespondentToken(auditKey) };
  }

  /** The window asked for: a period of the performance year, or a whole year (default this year). */
  async function windowOf(instansiId: string, query: { periodId?: string; year?: number }): Promise<PeriodWindow & { label: string; periodId: string | null }> {
    if (query.periodId) {
      const period = await findPeriod(db, instansiId, query.periodId);
      if (!period) throw notFound();
      return { id: period.id, startsOn: period.starts_on, endsOn: period.ends_on, label: period.name, periodId: period.id };
    }
    const year = query.year ?? Number(localDate(clock.now()).slice(0, 4));
    return { id: '0', startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, label: `Tahun ${year}`, periodId: null };
  }

  async function result(auth: AuthContext, serviceUnitId: string, query: { periodId?: string; year?: number }): Promise<IkmResultView> {
    const unit = await findServiceUnit(db, serviceUnitId);
    if (!unit || unit.instansi_id !== auth.account.instansiId) throw notFound();
    if (!unitRights(await loadCallerContext(db, auth, localDate(clock.now())), unit).read) throw forbiddenScope();
    const window = await windowOf(unit.instansi_id, query);
    const [[stats], { values: settings }, comments, instansi, held, bursts] = await Promise.all([
      ikmStats(db, [unit.id], [window]),
      loadSettings(db, unit.instansi_id),
      listIkmComments(db, unit.id, window, COMMENTS_SHOWN),
      findInstansi(db, unit.instansi_id),
      ikmHeld(db, unit.id, window),
      listBursts(db, unit.id, window.startsOn, window.endsOn),
    ]);
    const respondents = stats?.respondents ?? 0;
    const computed = stats && respondents > 0 ? ikmFromTotals(stats.totals, respondents, { weight: settings.ikmWeight }) : null;
    return {
      serviceUnitId: unit.id,
      unitName: unit.name,
      opdName: unit.opdName,
      instansiName: instansi.name,
      period: { periodId: window.periodId, label: window.label, startsOn: window.startsOn, endsOn: window.endsOn },
      respondents,
      minRespondents: settings.ikmMinRespondents,
      belowMinimum: respondents < settings.ikmMinRespondents,
      weight: settings.ikmWeight,
      unsur: ikmUnsur.map((name, i) => ({
        code: `U${i + 1}`,
        name,
        total: stats?.totals[i] ?? 0,
        nrr: computed ? computed.nrr[i]! : null,
        nrrWeighted: computed ? computed.nrr[i]! * settings.ikmWeight : null,
      })),
      nrrWeightedTotal: computed ? computed.index / 25 : null,
      index: computed ? computed.index : null,
      mutu: computed ? computed.mutu : null,
      mutuLabel: computed ? mutuLabel[computed.mutu] : null,
      comments: comments.map((c) => ({ at: c.submitted_at.toISOString(), text: c.comment ?? '' })),
      held,
      bursts: bursts.map((b) => ({
        id: b.id,
        firstAt: b.first_at.toISOString(),
        lastAt: b.last_at.toISOString(),
        reason: b.reason,
        responses: Number(b.responses ?? 0),
        status: b.status,
        decidedAt: b.decided_at?.toISOString() ?? null,
        note: b.decision_note,
      })),
      can: { decideBursts: auth.roles.includes('ADMIN_BKPSDM') },
    };
  }

  /** The official table as PDF or XLSX (the XLSX with every respondent's scores). */
  async function report(auth: AuthContext, serviceUnitId: string, query: { periodId?: string; year?: number }, format: 'pdf' | 'xlsx') {
    const view = await result(auth, serviceUnitId, query);
    const body = format === 'pdf' ? await renderIkmPdf(view, clock.now()) : await renderIkmXlsx(view, await ikmRepo.listResponseScores(db, serviceUnitId, view.period.startsOn, view.period.endsOn));
    return { body, fileName: ikmReportFileName(view, format) };
  }

  return { submit, respondentToken, result, report };
}
