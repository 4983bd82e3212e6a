import { expect, test, type Page } from '@playwright/test';
import { roleLabels } from '../../src/shared/roles';
import { signInAdminApi } from './support/admin-api';
import { accountsFor, admin, DEMO_PASSWORD } from './support/demo';
import { openPage, signIn } from './support/ui';

async function findAccountRow(page: Page, login: string) {
  await page.getByLabel('Cari nama atau NIP').fill(login);
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: login });
  await expect(row).toHaveCount(1);
  return row;
}

test.describe('peran & akses', () => {
  test('when the BKPSDM admin grants a role, then the account shows it and the audit log records that grant', async ({ page }, testInfo) => {
    const { account, role } = accountsFor(testInfo).roleGrant;
    const roleName = roleLabels[role].id;

    await signIn(page, admin.login, DEMO_PASSWORD);
    await openPage(page, 'Peran & akses');
    const row = await findAccountRow(page, account.login);
    await row.getByLabel(`Tambah peran untuk ${account.name}`).selectOption({ label: roleName });
    await row.getByRole('button', { name: 'Tambah peran' }).click();

    await expect(page.getByText(`Peran ${roleName} diberikan — ${account.name}`)).toBeVisible();
    await expect(row.getByRole('button', { name: `Hapus peran ${roleName} dari ${account.name}` })).toBeVisible();

    await openPage(page, 'Log audit');
    await page.getByLabel('Aksi', { exact: true }).selectOption({ label: 'Peran diberikan' });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    const entry = page.getByRole('row').filter({ hasText: 'Peran diberikan' }).filter({ hasText: account.login });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(roleName);
    await expect(entry).toContainText(admin.login);
    await entry.getByText('Lihat data').click();
    await expect(entry.locator('pre')).toContainText(`"role": "${role}"`);
  });

  test('when the admin removes a role and confirms, then the role is gone from the account', async ({ page, request }, testInfo) => {
    const { account } = accountsFor(testInfo).roleGrant;
    // Granting an already-held role changes nothing, so this test needs no other test before it.
    const removable = 'PIMPINAN';
    await (await signInAdminApi(request)).grantRole(account.login, removable);
    const roleName = roleLabels[removable].id;

    await signIn(page, admin.login, DEMO_PASSWORD);
    await openPage(page, 'Peran & akses');
    const row = await findAccountRow(page, account.login);
    await row.getByRole('button', { name: `Hapus peran ${roleName} dari ${account.name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Cabut peran?' });
    await expect(dialog).toContainText(`${account.name} akan kehilangan peran ${roleName}.`);
    await dialog.getByRole('button', { name: 'Ya, cabut peran' }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Peran ${roleName} dicabut — ${account.name}`)).toBeVisible();
    await expect(row.getByRole('button', { name: `Hapus peran ${roleName} dari ${account.name}` })).toHaveCount(0);
  });

  test('when the admin resets a password, then the temporary password is shown once with a copy button', async ({ page }, testInfo) => {
    const { account } = accountsFor(testInfo).roleGrant;

    await signIn(page, admin.login, DEMO_PASSWORD);
    await openPage(page, 'Peran & akses');
    const row = await findAccountRow(page, account.login);
    await row.getByRole('button', { name: `Reset kata sandi ${account.name}` }).click();
    await page.getByRole('dialog', { name: 'Reset kata sandi?' }).getByRole('button', { name: 'Ya, reset' }).click();

    const shown = page.getByRole('dialog', { name: 'Kata sandi sementara' });
    await expect(shown.locator('code')).toHaveText(/^\S{10,}$/);
    await expect(shown.getByRole('button', { name: 'Salin' })).toBeVisible();
    await expect(shown).toContainText('wajib menggantinya saat masuk berikutnya');
    await shown.getByRole('button', { name: 'Tutup' }).click();
    await expect(row).toContainText('Wajib ganti kata sandi');
  });
});
