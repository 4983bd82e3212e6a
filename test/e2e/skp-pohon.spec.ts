import { expect, test } from '@playwright/test';
import { admin, DEMO_PASSWORD } from './support/demo';
import { demoYear } from './support/skp';
import { openPage, signIn } from './support/ui';

test.describe('pohon kinerja', () => {
  test('when the BKPSDM admin opens the pohon kinerja of Dinas Pendidikan dan Kebudayaan, then it shows IKU → Kepala Dinas → Kabid → staff and flags the unlinked RHK', async ({ page }) => {
    await signIn(page, admin.login, DEMO_PASSWORD);
    await openPage(page, 'Pohon kinerja');
    await page.getByLabel('Perangkat daerah (OPD)').selectOption({ label: 'Dinas Pendidikan dan Kebudayaan' });
    await expect(page.getByLabel('Tahun', { exact: true })).toHaveValue(String(demoYear));

    const tree = page.getByRole('list', { name: `Pohon kinerja Dinas Pendidikan dan Kebudayaan ${demoYear}` });
    const iku = tree.getByRole('listitem').filter({ hasText: 'Angka partisipasi sekolah' }).first();
    await expect(iku).toContainText('IKU');
    const kadis = iku.getByRole('listitem').filter({ hasText: 'Kepala Dinas Pendidikan dan Kebudayaan' }).first();
    await expect(kadis).toContainText('Zulkifli Hamdani');
    const kabid = kadis.getByRole('listitem').filter({ hasText: 'Kepala Bidang Pembinaan Sekolah Dasar' }).first();
    await expect(kabid).toContainText('Betri Melati');
    const staff = kabid.getByRole('listitem').filter({ hasText: 'Jufri' });
    await expect(staff).toContainText('Pengelola Data Pendidikan');

    // A branch folds and opens again with its button.
    await kabid.getByRole('button', { name: /^Tutup: / }).first().click();
    await expect(staff).toBeHidden();
    await kabid.getByRole('button', { name: /^Buka: / }).first().click();
    await expect(staff).toBeVisible();

    await expect(page.getByText(/\d+ RHK · [1-9]\d* tidak terhubung · \d+ belum didukung/)).toBeVisible();
    const unlinked = page.getByRole('region', { name: 'RHK yang tidak terhubung' });
    const bayu = unlinked.getByRole('listitem').filter({ hasText: 'Terdokumentasinya kesenian tradisional Minangkabau' });
    await expect(bayu).toContainText('Pengelola Cagar Budaya');
    await expect(bayu).toContainText('Tidak terhubung');
  });
});
