import { createFeedbackService } from '../modules/feedback';
import { createEvidenceService, createRealisationService } from '../modules/realisation';
import type { AppContext } from '../platform/app-context';
import { todayInSolok } from '../platform/calendar';
import { demoAccountAuth } from './demo-auth';

/**
 * The year so far in Dinas Pendidikan's Bidang Pembinaan Sekolah Dasar, made through the same
 * services people use: every staff member and the Kabid entered and submitted the realisation of
 * each quarter that has ended, with a link as bukti dukung that the Kabid accepted, and received
 * feedback on the latest one — except the first staff member, who has not submitted the latest
 * quarter yet (the team view shows her as late).
 */
export async function seedExecution(ctx: AppContext, instansiId: string, year: number) {
  const { db } = ctx;
  const today = todayInSolok(ctx.clock);
  const realisation = createRealisationService(ctx);
  const evidence = createEvidenceService(ctx, realisation);
  const feedback = createFeedbackService(ctx);
  const periods = await db.selectFrom('period as p').innerJoin('performance_year as y', 'y.id', 'p.year_id').select(['p.id', 'p.ends_on', 'p.name', 'p.realisation_closes']).where('y.instansi_id', '=', instansiId).where('y.year', '=', year).orderBy('p.seq').execute();
  const past = periods.filter((p) => p.ends_on < today);
  if (past.length === 0) return;

  const kabid = await db
    .selectFrom('penempatan as pn')
    .innerJoin('jabatan as j', 'j.id', 'pn.jabatan_id')
    .innerJoin('unit_kerja as u', 'u.id', 'j.unit_id')
    .select('pn.pegawai_id')
    .where('u.name', '=', 'Bidang Pembinaan Sekolah Dasar')
    .where('j.jenis', '=', 'ADMINISTRATOR')
    .where('pn.valid_to', 'is', null)
    .executeTakeFirst();
  if (!kabid) return;
  const staff = (await db.selectFrom('penilai_chain').select('pegawai_id').where('atasan_pegawai_id', '=', kabid.pegawai_id).orderBy('pegawai_id').execute()).map((r) => r.pegawai_id);
  const kabidAuth = await demoAccountAuth(db, instansiId, { pegawaiId: kabid.pegawai_id });

  for (const [index, pegawaiId] of [kabid.pegawai_id, ...staff].entries()) {
    const skp = await db.selectFrom('skp').select('id').where('pegawai_id', '=', pegawaiId).where('year', '=', year).where('valid_to', 'is', null).where('status', '=', 'DISETUJUI').executeTakeFirst();
    if (!skp) continue;
    const owner = await demoAccountAuth(db, instansiId, { pegawaiId });
    const indicators = await db.selectFrom('iki as i').innerJoin('rhk as r', 'r.id', 'i.rhk_id').select(['i.id', 'i.aspek', 'i.target_value', 'r.id as rhkId']).where('r.skp_id', '=', skp.id).orderBy('i.id').execute();
    for (const [k, period] of past.entries()) {
      const lateOne = index === 1 && k === past.length - 1;
      for (const iki of indicators) {
        const value = iki.aspek === 'KUANTITAS' ? 1 : iki.aspek === 'WAKTU' ? 3 : Math.min(100, 88 + ((index * 3 + k * 5) % 13));
        await realisation.saveRealisation(owner.auth, owner.actor, skp.id, period.id, iki.id, { value, narrative: '', rencanaAksi: `Rencana aksi ${period.name}` });
      }
      if (lateOne) continue;
      const link = await evidence.addLink(owner.auth, owner.actor, skp.id, period.id, indicators[0]!.id, { title: `Laporan ${period.name}`, url: `https://drive.solokkota.go.id/kinerja/${skp.id}/${period.id}` });
      await submittedOnTime(ctx, period.realisation_closes).submitPeriod(owner.auth, owner.actor, skp.id, period.id);
      if (pegawaiId !== kabid.pegawai_id) await evidence.review(kabidAuth.auth, kabidAuth.actor, link.id, { decision: 'ACCEPTED' });
    }
    const latest = past.at(-1)!;
    if (pegawaiId !== kabid.pegawai_id) {
      await feedback.give(kabidAuth.auth, kabidAuth.actor, { toPegawaiId: pegawaiId, skpId: skp.id, periodId: latest.id, rhkId: indicators[0]!.rhkId, text: 'Laporan sudah rutin tiap triwulan; lengkapi dengan data partisipasi sekolah per kecamatan.' });
    }
  }
}

/** The demo's people sent each quarter by its deadline: lateness is kept on record, so the seed submits as of that day. */
function submittedOnTime(ctx: AppContext, deadline: string) {
  const onDeadline = new Date(`${deadline}T02:00:00Z`);
  return createRealisationService({ ...ctx, clock: { now: () => (onDeadline < ctx.clock.now() ? onDeadline : ctx.clock.now()) } });
}
