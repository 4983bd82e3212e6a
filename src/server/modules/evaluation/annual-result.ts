import { angkaKredit } from '../../../domain/angka-kredit';
import { koefisienTahunan, monthsOfService } from '../../../domain/angka-kredit-jenjang';
import type { Predikat } from '../../../domain/predikat';
import type { Executor } from '../../platform/db/transaction';
import * as repo from './annual-result.repository';

/**
 * The angka kredit of one SKP's year (§3.5): only a jabatan fungsional with a known jenjang earns
 * it, for the months the SKP was in force.
 */
export function angkaKreditOf(source: { jenis: string; jenjang: string | null; valid_from: string; valid_to: string | null; year: number }, predikat: Predikat) {
  const bulan = monthsOfService(source.valid_from, source.valid_to, source.year);
  if (source.jenis !== 'FUNGSIONAL') return null;
  const koefisien = koefisienTahunan(source.jenjang);
  return { jenjang: source.jenjang, koefisien, bulan, angkaKredit: koefisien !== null && bulan > 0 ? angkaKredit(predikat, koefisien, bulan) : null };
}

/** Writes the annual result of each finalised (or decided) annual evaluation: two statements for any number. */
export async function recordAnnualResults(db: Executor, evaluationIds: readonly string[], now: Date, decided = false) {
  const sources = await repo.listAnnualSources(db, evaluationIds);
  const rows = sources.map((s): repo.AnnualResultRow => {
    const predikat = s.predikat as Predikat;
    const ak = angkaKreditOf(s, predikat);
    return {
      evaluation_id: s.id,
      instansi_id: s.instansi_id,
      pegawai_id: s.pegawai_id,
      year: s.year,
      predikat,
      jabatan: s.jabatan,
      jenjang: s.jenis === 'FUNGSIONAL' ? s.jenjang : null,
      bulan: monthsOfService(s.valid_from, s.valid_to, s.year),
      koefisien: ak?.koefisien ?? null,
      angka_kredit: ak?.angkaKredit ?? null,
      decided,
      finalised_at: s.finalised_at ?? now,
      updated_at: now,
    };
  });
  await repo.upsertAnnualResults(db, rows);
}
