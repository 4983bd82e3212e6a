import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { coreValues } from '../../../../domain/berakhlak';
import { extractPdfText, normaliseSpace } from '../../../../../test/support/pdf-text';
import { EKSPEKTASI_PELAYANAN, IKU_INDICATOR, jptSkp, KEPALA_PUSKESMAS_RHK, KEPALA_PUSKESMAS_RHK_2, longSkp, perawatSkp } from './documents.test-support';
import { renderSkpPdf } from './skp-pdf';

const printedAt = new Date('2026-01-12T03:00:00.000Z');
const render = async (skp: Parameters<typeof renderSkpPdf>[0]) => extractPdfText(await renderSkpPdf(skp, { printedAt }));
const includes = (text: string, expected: string) => assert.ok(text.includes(normaliseSpace(expected)), `expected the PDF to say "${expected}"`);

describe('renderSkpPdf', () => {
  test('when an approved SKP is rendered, then it is a PDF with the title, period and both header blocks', async () => {
    const pdf = await renderSkpPdf(perawatSkp(), { printedAt });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const { text } = await extractPdfText(pdf);
    includes(text, 'SASARAN KINERJA PEGAWAI');
    includes(text, 'PENDEKATAN HASIL KERJA KUANTITATIF');
    includes(text, 'PEMERINTAH KOTA SOLOK');
    includes(text, 'PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026');
    includes(text, 'PEGAWAI YANG DINILAI');
    includes(text, 'PEJABAT PENILAI KINERJA');
    for (const label of ['NAMA', 'NIP', 'PANGKAT/GOL', 'JABATAN', 'UNIT KERJA']) includes(text, label);
    includes(text, 'Ns. Rina Marlina, S.Kep.');
    includes(text, '19950505 202012 2 010');
    includes(text, 'dr. Andi Saputra');
    includes(text, '19860926 201505 1 001');
    includes(text, 'Kepala Puskesmas Tanah Garam');
    assert.ok(!text.includes('BAGI PEJABAT PIMPINAN TINGGI'));
  });

  test('when the SKP has RHK, then the Hasil Kerja table lists the intervened RHK, every IKI and its target', async () => {
    const skp = perawatSkp();
    const { text } = await render(skp);
    includes(text, 'HASIL KERJA');
    includes(text, 'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI');
    includes(text, 'INDIKATOR KINERJA INDIVIDU');
    includes(text, 'A. UTAMA');
    includes(text, 'B. TAMBAHAN');
    includes(text, KEPALA_PUSKESMAS_RHK);
    includes(text, KEPALA_PUSKESMAS_RHK_2);
    for (const rhk of skp.rhk) {
      includes(text, rhk.text);
      for (const iki of rhk.iki) includes(text, iki.indicator);
    }
    for (const target of ['1.200 Pasien', '100 %', '12 Bulan', '2 Dokumen', '3 Dokumen', 'Seluruh keluarga binaan tercatat dalam register perkesmas']) includes(text, target);
    for (const aspek of ['Kuantitas', 'Kualitas', 'Waktu']) includes(text, aspek);
    // One RHK spans its IKI lines: its text is printed once.
    assert.equal(text.split(normaliseSpace(skp.rhk[0]!.text)).length - 1, 1);
  });

  test('when the SKP is rendered, then Perilaku Kerja lists the 7 core values with their guides and the ekspektasi', async () => {
    const { text } = await render(perawatSkp());
    includes(text, 'PERILAKU KERJA');
    includes(text, 'EKSPEKTASI KHUSUS PIMPINAN');
    for (const value of coreValues) {
      includes(text, value.name);
      value.guides.forEach((guide, i) => includes(text, `${i + 1}. ${guide}`));
    }
    includes(text, EKSPEKTASI_PELAYANAN);
  });

  test('when the SKP is rendered, then the Lampiran and the signature blocks close it', async () => {
    const skp = perawatSkp();
    const { text, pageCount } = await render(skp);
    includes(text, 'LAMPIRAN SASARAN KINERJA PEGAWAI');
    for (const heading of ['DUKUNGAN SUMBER DAYA', 'SKEMA PERTANGGUNGJAWABAN', 'KONSEKUENSI']) includes(text, heading);
    includes(text, 'Ruang tindakan dan alat kesehatan sesuai standar');
    includes(text, 'Pelatihan asuhan keperawatan dasar');
    includes(text, skp.lampiran.skema);
    includes(text, skp.lampiran.konsekuensi);
    includes(text, 'Pegawai yang Dinilai');
    includes(text, 'Solok, 12 Januari 2026');
    includes(text, 'Pejabat Penilai Kinerja');
    includes(text, 'NIP. 19950505 202012 2 010');
    includes(text, 'NIP. 19860926 201505 1 001');
    includes(text, `Halaman 1 dari ${pageCount}`);
    assert.ok(text.lastIndexOf('Pejabat Penilai Kinerja') > text.indexOf('KONSEKUENSI'), 'the signatures come after the Lampiran');
  });

  test('when a group has no RHK and the lampiran is empty, then they read "Tidak ada" and "-"', async () => {
    const skp = perawatSkp({ rhk: perawatSkp().rhk.filter((r) => r.jenis === 'UTAMA'), lampiran: { sumberDaya: '', skema: ' ', konsekuensi: '' } });
    const { text } = await render(skp);
    includes(text, 'B. TAMBAHAN - - Tidak ada');
    includes(text, 'DUKUNGAN SUMBER DAYA -');
    includes(text, 'KONSEKUENSI -');
  });

  test('when the SKP is a JPT whose penilai is the Wali Kota, then it shows the IKU, the perspektif and no NIP for the official', async () => {
    const { text } = await render(jptSkp());
    includes(text, 'BAGI PEJABAT PIMPINAN TINGGI');
    includes(text, 'PERSPEKTIF');
    includes(text, 'IKU-1: Indeks pelayanan kesehatan dasar');
    includes(text, IKU_INDICATOR);
    includes(text, '61,95 %');
    includes(text, 'Penerima Layanan');
    includes(text, 'Proses Bisnis');
    includes(text, 'NAMA Wali Kota Solok');
    includes(text, '2 NIP -');
    includes(text, '19720315 199803 2 004');
    assert.ok(!text.includes('NIP. -'), 'no NIP line under the official signature');
  });

  test('when the SKP has 30 RHK, then the table spans pages, repeats its header, and every page is numbered', async () => {
    const skp = longSkp(30);
    const { text, pages, pageCount } = await render(skp);
    assert.ok(pageCount >= 3, `expected several pages, got ${pageCount}`);
    pages.forEach((page, i) => includes(normaliseSpace(page), `Halaman ${i + 1} dari ${pageCount}`));
    for (const rhk of skp.rhk) includes(text, rhk.text);
    const withHeader = pages.filter((p) => normaliseSpace(p).includes('INDIKATOR KINERJA INDIVIDU'));
    assert.ok(withHeader.length >= 2, 'the column header is repeated on the pages the table continues on');
    // No RHK is split from its IKI: each page that shows an RHK also shows its last IKI.
    skp.rhk.forEach((rhk, n) => {
      const page = pages.findIndex((p) => normaliseSpace(p).includes(normaliseSpace(rhk.text)));
      includes(normaliseSpace(pages[page] ?? ''), `Ketepatan waktu kegiatan ${n + 1}`);
    });
  });

  test('when the SKP is not approved, then a status footer says so; when approved, it does not', async () => {
    const draft = await render(perawatSkp({ status: 'DRAFT' }));
    draft.pages.forEach((page) => includes(normaliseSpace(page), 'DRAFT — belum disetujui'));
    includes((await render(perawatSkp({ status: 'DIAJUKAN' }))).text, 'DIAJUKAN — menunggu persetujuan');
    const approved = await render(perawatSkp({ status: 'DISETUJUI' }));
    for (const word of ['DRAFT', 'belum disetujui', 'menunggu persetujuan', 'DIAJUKAN']) assert.ok(!approved.text.includes(word), `approved SKP says "${word}"`);
  });

  test('when the SKP is a later revision, then "Revisi ke-N" is printed; the first revision has none', async () => {
    includes((await render(perawatSkp({ revision: 3 }))).text, 'Revisi ke-3');
    assert.ok(!(await render(perawatSkp({ revision: 1 }))).text.includes('Revisi ke-'));
  });
});
