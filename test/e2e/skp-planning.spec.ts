import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { extractPdfText } from '../support/pdf-text';
import { DEMO_PASSWORD } from './support/demo';
import { csrfToken, demoYear, mySkpThroughApi, openMySkp, skpPeopleFor, skpStatusBadge } from './support/skp';
import { openPage, signIn, signOut } from './support/ui';

async function openTeamSkp(page: Page, pegawaiName: string) {
  await openPage(page, 'Persetujuan SKP');
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('DIAJUKAN');
  await page.getByRole('link', { name: pegawaiName }).click();
  await expect(page.getByRole('heading', { level: 1, name: `SKP ${pegawaiName}` })).toBeVisible();
}

test.describe('perencanaan SKP', () => {
  test.setTimeout(240_000);

  test('when a pegawai drafts and submits an SKP, the atasan returns it, the pegawai revises and resubmits and the atasan approves, then the SKP is locked and its PDF names the pegawai and the RHK', async ({ page }, testInfo) => {
    const { pegawai, atasan } = skpPeopleFor(testInfo);
    const rhkText = `Tersusunnya kajian pelestarian budaya daerah (${testInfo.project.name})`;

    // The pegawai starts the SKP and adds an RHK Utama that intervenes the atasan's RHK.
    await signIn(page, pegawai.login, DEMO_PASSWORD);
    await openMySkp(page);
    await page.getByRole('button', { name: `Mulai SKP ${demoYear}` }).click();
    await expect(skpStatusBadge(page)).toHaveText('Draf');
    await page.getByRole('button', { name: 'Tambah RHK' }).click();
    const form = page.getByRole('dialog', { name: 'Tambah rencana hasil kerja' });
    await form.getByLabel('Jenis hasil kerja').selectOption('UTAMA');
    const parent = form.getByLabel('RHK atasan yang diintervensi');
    await expect(parent.locator('option').nth(1)).toContainText(atasan.name);
    await parent.selectOption({ index: 1 });
    await form.getByLabel('Rencana hasil kerja (RHK)').fill(rhkText);
    await form.getByLabel('Indikator 1', { exact: true }).fill('Jumlah dokumen kajian pelestarian budaya');
    await form.getByLabel('Target indikator 1').fill('12');
    await form.getByLabel('Satuan indikator 1').fill('dokumen');
    await form.getByRole('button', { name: 'Tambah indikator' }).click();
    await form.getByLabel('Aspek indikator 2').selectOption('WAKTU');
    await form.getByLabel('Indikator 2', { exact: true }).fill('Ketepatan waktu penyelesaian kajian');
    await form.getByLabel('Target indikator 2').fill('12');
    await form.getByLabel('Satuan indikator 2').fill('bulan');
    // The author picks how the periods add up (issue #16); left on automatic, "12 bulan" adds up too.
    await form.getByLabel('Akumulasi tahunan indikator 2').selectOption('LAST');
    await form.getByRole('button', { name: 'Simpan RHK' }).click();
    await expect(form).toBeHidden();
    const utama = page.getByRole('region', { name: 'Hasil kerja utama' });
    await expect(utama).toContainText(rhkText);
    await expect(utama).toContainText(`Mengintervensi RHK ${atasan.name}`);
    await expect(utama).toContainText('12 dokumen');
    await expect(utama).toContainText('Dijumlahkan');
    await expect(utama).toContainText('Nilai terakhir');
    await page.getByRole('button', { name: 'Ajukan ke atasan' }).click();
    await expect(skpStatusBadge(page)).toHaveText('Diajukan');
    await expect(page.getByRole('button', { name: 'Tambah RHK' })).toHaveCount(0);
    await signOut(page);

    // The atasan returns it with a note.
    const note = `Target dokumen terlalu tinggi untuk satu tahun (${testInfo.project.name}).`;
    await signIn(page, atasan.login, DEMO_PASSWORD);
    await openTeamSkp(page, pegawai.name);
    await expect(page.getByRole('region', { name: 'Hasil kerja utama' })).toContainText(rhkText);
    await page.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    const back = page.getByRole('dialog', { name: 'Kembalikan SKP' });
    await back.getByRole('button', { name: 'Kembalikan SKP' }).click();
    await expect(back.getByText('Catatan wajib diisi.')).toBeVisible();
    await back.getByLabel('Catatan untuk pegawai').fill(note);
    await back.getByRole('button', { name: 'Kembalikan SKP' }).click();
    await expect(back).toBeHidden();
    await expect(skpStatusBadge(page)).toHaveText('Dikembalikan');
    await signOut(page);

    // The pegawai reads the note, lowers a target and resubmits.
    await signIn(page, pegawai.login, DEMO_PASSWORD);
    await openMySkp(page);
    await expect(skpStatusBadge(page)).toHaveText('Dikembalikan');
    await expect(page.getByText(note)).toBeVisible();
    await page.getByRole('button', { name: `Ubah RHK: ${rhkText}` }).click();
    const edit = page.getByRole('dialog', { name: 'Ubah rencana hasil kerja' });
    await edit.getByLabel('Target indikator 1').fill('8');
    await edit.getByRole('button', { name: 'Simpan RHK' }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole('region', { name: 'Hasil kerja utama' })).toContainText('8 dokumen');
    await page.getByRole('button', { name: 'Ajukan ke atasan' }).click();
    await expect(skpStatusBadge(page)).toHaveText('Diajukan');
    await signOut(page);

    // The atasan approves.
    await signIn(page, atasan.login, DEMO_PASSWORD);
    await openTeamSkp(page, pegawai.name);
    await expect(page.getByRole('region', { name: 'Hasil kerja utama' })).toContainText('8 dokumen');
    await page.getByRole('button', { name: 'Setujui' }).click();
    await expect(skpStatusBadge(page)).toHaveText('Disetujui');
    await signOut(page);

    // The approved SKP is read-only, on screen and on the server.
    await signIn(page, pegawai.login, DEMO_PASSWORD);
    await openMySkp(page);
    await expect(skpStatusBadge(page)).toHaveText('Disetujui');
    await expect(page.getByRole('region', { name: 'Hasil kerja utama' })).toContainText(rhkText);
    await expect(page.getByRole('button', { name: 'Tambah RHK' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Ubah RHK/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Hapus RHK/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ajukan ke atasan' })).toHaveCount(0);
    const skp = await mySkpThroughApi(page);
    const rhk = skp.rhk.find((item) => item.text === rhkText);
    if (!rhk) throw new Error(`RHK not found in ${JSON.stringify(skp.rhk)}`);
    const attempt = await page.request.put(`/api/skp/${skp.id}/rhk/${rhk.id}`, {
      headers: { 'x-csrf-token': await csrfToken(page) },
      data: { jenis: 'UTAMA', text: `${rhkText} (diubah)`, parentRhkId: rhk.parent?.id ?? null, iki: [{ aspek: 'KUANTITAS', indicator: 'Jumlah dokumen', targetValue: 99, satuan: 'dokumen', direction: 'HIGHER' }] },
    });
    expect(attempt.status(), await attempt.text()).toBe(409);

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Unduh PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = await extractPdfText(fs.readFileSync(await download.path()));
    expect(pdf.text).toContain('SASARAN KINERJA PEGAWAI');
    expect(pdf.text).toContain(pegawai.name);
    expect(pdf.text).toContain(rhkText);
  });
});
