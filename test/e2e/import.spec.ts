import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { admin, DEMO_PASSWORD } from './support/demo';
import { organisationDataFor } from './support/organisation';
import { openPage, signIn } from './support/ui';

const header = 'nip;jenis_asn;nama;kode_unit;nama_jabatan;jenis_jabatan;tmt_jabatan';

function writeCsv(dir: string, name: string, rows: string[][]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, [header, ...rows.map((row) => row.join(';'))].join('\n') + '\n', 'utf8');
  return file;
}

test.describe('impor data', () => {
  test('when the BKPSDM admin imports a pegawai CSV with errors, then every bad row is listed; after fixing it the import succeeds and the new pegawai can be found', async ({ page }, testInfo) => {
    const people = organisationDataFor(testInfo).imported;
    const [first, second, third] = people;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kinerja-import-${testInfo.project.name}-`));
    const unknownUnit = `TIDAK-ADA-${testInfo.project.name.toUpperCase()}`;
    const row = (p: { nip: string; name: string }, nip = p.nip, unit = 'DISHUB') => [nip, 'PNS', p.name, unit, 'Staf Uji Impor', 'PELAKSANA', '2025-01-02'];

    await signIn(page, admin.login, DEMO_PASSWORD);
    await openPage(page, 'Impor data');
    await page.getByRole('radio', { name: /^Pegawai/ }).check();

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Unduh templat CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('templat-impor-pegawai.csv');
    const template = fs.readFileSync(await download.path(), 'utf8');
    expect(template.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toContain('nip;jenis_asn;nama');

    const withErrors = writeCsv(dir, 'pegawai-salah.csv', [row(first!, '12345'), row(second!, second!.nip, unknownUnit), row(third!)]);
    await page.getByLabel('Berkas (CSV atau XLSX)').setInputFiles(withErrors);
    // A real import attempt, not the dry run: all-or-nothing means it writes nothing.
    await page.getByRole('button', { name: 'Impor pegawai' }).click();

    await expect(page.getByText('2 kesalahan pada 2 baris.')).toBeVisible();
    await expect(page.getByText('Tidak ada data yang disimpan.')).toBeVisible();
    const errors = page.getByRole('table', { name: 'Kesalahan pada berkas pegawai-salah.csv' });
    const errorRows = errors.getByRole('row').filter({ hasNot: page.getByRole('columnheader') });
    await expect(errorRows).toHaveCount(2);
    await expect(errorRows.nth(0)).toContainText('2');
    await expect(errorRows.nth(0)).toContainText('nip');
    await expect(errorRows.nth(1)).toContainText('3');
    await expect(errorRows.nth(1)).toContainText('kode_unit');
    await expect(errorRows.nth(1)).toContainText(unknownUnit);

    const fixed = writeCsv(dir, 'pegawai-benar.csv', [row(first!), row(second!), row(third!)]);
    await page.getByLabel('Berkas (CSV atau XLSX)').setInputFiles(fixed);
    await page.getByRole('button', { name: 'Impor pegawai' }).click();

    await expect(page.getByText('Impor selesai')).toBeVisible();
    await expect(page.getByText('3 baris dari pegawai-benar.csv telah diproses dan disimpan.')).toBeVisible();
    await expect(page.getByRole('term').filter({ hasText: /^Dibuat$/ }).locator('xpath=following-sibling::dd[1]')).toHaveText('3');
    await expect(page.getByRole('progressbar')).toHaveAttribute('value', '100');

    await openPage(page, 'Pegawai');
    await page.getByLabel('Cari nama atau NIP').fill(second!.nip);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    const found = page.getByRole('link', { name: second!.name });
    await expect(found).toBeVisible();
    await found.click();
    await expect(page.getByRole('heading', { level: 1, name: second!.name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Data kepegawaian' })).toContainText('Staf Uji Impor');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
