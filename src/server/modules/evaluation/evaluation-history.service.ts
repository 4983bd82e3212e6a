import { isFinalised } from '../../../domain/evaluation-workflow';
import type { AnnualResults } from '../../../shared/schemas/evaluation';
import type { AppContext } from '../../platform/app-context';
import type { AuthContext } from '../../platform/auth/sessions';
import { forbiddenScope, notFound } from '../../platform/errors';
import { findPenilaiChain } from '../organisation';
import { listPeriodsOfYear } from '../periods';
import * as annualRepo from './annual-result.repository';
import { toPeriodView } from './evaluation-dates';
import { isInstansiWide } from './evaluation.policy';
import * as repo from './evaluation.repository';

export function createEvaluationHistoryService(ctx: AppContext) {
  const { db } = ctx;

  /** The caller's own evaluations of a year: every period each approved SKP was in force in, and the year. */
  async function mine(auth: AuthContext, year: number) {
    const pegawaiId = auth.account.pegawaiId;
    if (!pegawaiId) return { items: [] };
    const [skps, periods, evaluations] = await Promise.all([
      repo.listApprovedSkpOfYear(db, pegawaiId, year),
      listPeriodsOfYear(db, auth.account.instansiId, year),
      repo.listOwnEvaluations(db, pegawaiId, year),
    ]);
    const find = (skpId: string, periodId: string | null) => evaluations.find((e) => e.skp_id === skpId && e.period_id === periodId);
    const item = (skpId: string, period: repo.PeriodRow | null) => {
      const e = find(skpId, period?.id ?? null);
      return {
        skpId,
        kind: period ? ('PERIODIK' as const) : ('TAHUNAN' as const),
        period: period ? toPeriodView(period) : null,
        evaluationId: e?.id ?? null,
        status: e?.status ?? 'DRAFT',
        predikat: e?.predikat ?? null,
        provisional: (e?.predikat ?? null) !== null && !isFinalised(e?.status ?? 'DRAFT'),
      };
    };
    const items = skps.flatMap((s) => [
      ...periods.filter((p) => p.ends_on >= s.valid_from && (s.valid_to === null || p.starts_on <= s.valid_to)).map((p) => item(s.id, p)),
      item(s.id, null),
    ]);
    return { items };
  }

  /** Annual predikat per year (and the angka kredit of a JF): the pegawai, their chain, and those who see the instansi or the OPD. */
  async function annualResults(auth: AuthContext, pegawaiId: string): Promise<AnnualResults> {
    const pegawai = await annualRepo.findPegawai(db, pegawaiId);
    if (!pegawai || pegawai.instansi_id !== auth.account.instansiId) throw notFound();
    const chain = await findPenilaiChain(db, pegawaiId);
    const me = auth.account.pegawaiId;
    const allowed =
      me === pegawaiId ||
      (me !== null && [chain?.atasanPegawaiId, chain?.penilaiPegawaiId, chain?.atasanPenilaiPegawaiId].includes(me)) ||
      isInstansiWide(auth) ||
      (auth.roles.includes('ADMIN_OPD') && !!chain?.opdId && auth.adminOpdIds.includes(chain.opdId));
    if (!allowed) throw forbiddenScope();
    const rows = await annualRepo.listAnnualResults(db, pegawaiId);
    const items = rows.map((r) => ({
      year: r.year,
      evaluationId: r.evaluation_id,
      skpId: r.skp_id,
      jabatan: r.jabatan,
      predikat: r.predikat,
      decided: r.decided,
      finalisedAt: r.finalised_at.toISOString(),
      angkaKredit: r.koefisien !== null || r.jenjang !== null ? { jenjang: r.jenjang, koefisien: r.koefisien, bulan: r.bulan, angkaKredit: r.angka_kredit } : null,
    }));
    const credited = items.flatMap((i) => (i.angkaKredit?.angkaKredit != null ? [i.angkaKredit.angkaKredit] : []));
    // Summed in hundredths: each AK is already rounded to two decimals.
    const total = credited.length > 0 ? credited.reduce((sum, ak) => sum + Math.round(ak * 100), 0) / 100 : null;
    return { pegawai: { pegawaiId: pegawai.id, name: pegawai.name, nip: pegawai.nip }, items, totalAngkaKredit: total };
  }

  return { mine, annualResults };
}
