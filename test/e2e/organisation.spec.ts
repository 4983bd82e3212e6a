import { expect, test, type Locator, type Page } from '@playwright/test';
import { admin, DEMO_PASSWORD } from './support/demo';
import { organisationDataFor } from './support/organisation';
import { openPage, signIn } from './support/ui';

const chainCard = (page: Page, role: string): Locator => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: role, exact: true }) });

test.describe('struktur organisasi dan rantai penilai', () => {
  test('when the BKPSDM admin walks the tree down to a puskesmas and sets an atasan for one of its pegawai, then the chain shows the penetapan and the audit log records it', async ({ page }, testInfo) => {
    const { override } = organisationDataFor(testInfo);

    await signIn(page, admin.login, DEMO_PASSWORD);
    await openPage(page, 'Struktur organisasi');
    const tree = page.getByRole('tree', { name: 'Pohon unit kerja' });
    await expect(tree.getByRole('treeitem', { name: 'Kecamatan Lubuk Sikarah', exact: true })).toBeVisible();
    const dinkes = tree.getByRole('treeitem', { name: 'Dinas Kesehatan', exact: true });
    await expect(dinkes).toHaveAttribute('aria-expanded', 'false');

    // The keyboard opens the branch: the tree is one tab stop walked with the arrow keys.
    await dinkes.focus();
    await page.keyboard.press('ArrowRight');
    await expect(dinkes).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(dinkes).not.toBeFocused();
    await expect(dinkes.getByRole('group').getByRole('treeitem').first()).toBeFocused();
    await tree.getByRole('treeitem', { name: override.unit, exact: true }).click();

    const detail = page.getByRole('article', { name: override.unit });
    await expect(detail.getByRole('heading', { level: 2, name: override.unit })).toBeVisible();
    await expect(detail.getByRole('navigation', { name: 'Jalur unit kerja' })).toContainText('Dinas Kesehatan');
    await expect(detail.getByRole('heading', { level: 3, name: 'Jabatan dan pemangku' })).toBeVisible();
    await detail.getByRole('link', { name: override.pegawai.plainName, exact: true }).click();

    await expect(page.getByRole('heading', { level: 1, name: override.pegawai.name })).toBeVisible();
    const pegawaiId = new URL(page.url()).pathname.split('/').pop()!;
    await expect(chainCard(page, 'Atasan langsung')).toContainText('Sumber: Kepala unit kerja pegawai');
    await expect(chainCard(page, 'Atasan langsung')).toContainText(`Kepala ${override.unit}`);
    await expect(chainCard(page, 'Pejabat penilai')).toContainText('Sumber: ');
    await expect(chainCard(page, 'Atasan pejabat penilai')).toContainText('Sumber: Kepala unit kerja di atasnya');
    await expect(chainCard(page, 'Atasan pejabat penilai')).toContainText('Kepala Dinas Kesehatan');

    await page.getByRole('button', { name: 'Tetapkan atasan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tetapkan atasan langsung' });
    await dialog.getByLabel('Cari pegawai yang menjadi atasan').fill(override.atasan.plainName);
    await dialog.getByRole('radio', { name: override.atasan.name }).check();
    await dialog.getByLabel('Alasan penetapan').fill(override.reason);
    await dialog.getByRole('button', { name: 'Simpan penetapan' }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByText(`${override.atasan.name} ditetapkan sebagai atasan langsung.`)).toBeVisible();
    const atasan = chainCard(page, 'Atasan langsung');
    await expect(atasan).toContainText(override.atasan.name);
    await expect(atasan).toContainText(`Sumber: Penetapan BKPSDM: ${override.reason}`);
    const penetapan = page.getByRole('region', { name: 'Penetapan atasan' }).getByRole('listitem').filter({ hasText: override.atasan.name });
    await expect(penetapan).toContainText('Berlaku');
    await expect(penetapan.getByRole('button', { name: `Akhiri penetapan atasan ${override.atasan.name}` })).toBeVisible();

    await openPage(page, 'Log audit');
    await page.getByLabel('Aksi', { exact: true }).selectOption({ label: 'Atasan ditetapkan BKPSDM' });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    const entry = page.getByRole('row').filter({ hasText: 'Atasan ditetapkan BKPSDM' }).filter({ hasText: `#${pegawaiId}` });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(admin.login);
    await entry.getByText('Lihat data').click();
    await expect(entry.locator('pre')).toContainText(`"reason": "${override.reason}"`);
    await expect(entry.locator('pre')).toContainText(`"atasanNip": "${override.atasan.nip}"`);
  });

  test('when the admin searches the tree, then it opens the branches down to the matches and highlights them', async ({ page }) => {
    await signIn(page, admin.login, DEMO_PASSWORD);
    await openPage(page, 'Struktur organisasi');
    await page.getByLabel('Cari unit kerja').fill('Tanah Garam');
    await expect(page.getByRole('status').filter({ hasText: 'unit cocok' })).toHaveText('2 unit cocok');
    const tree = page.getByRole('tree', { name: 'Pohon unit kerja' });
    await expect(tree.getByRole('treeitem', { name: 'Puskesmas Tanah Garam' })).toBeVisible();
    await expect(tree.getByRole('treeitem', { name: 'Kelurahan Tanah Garam' })).toBeVisible();
    await expect(tree.getByRole('treeitem', { name: 'Dinas Kesehatan', exact: true })).toHaveAttribute('aria-expanded', 'true');
    await expect(tree.getByRole('treeitem', { name: 'Dinas Perhubungan', exact: true })).toHaveCount(0);
  });
});
