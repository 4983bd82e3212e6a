import { expect, test } from '@playwright/test';
import { signInAdminApi } from './support/admin-api';
import { accountsFor, admin, DEMO_PASSWORD } from './support/demo';
import { openNavigation, openPage, signInThroughForm, signOut } from './support/ui';

test.describe('masuk dan kata sandi', () => {
  test('when the password is wrong, then the sign-in page explains it in plain Indonesian', async ({ page }, testInfo) => {
    const { passwordChange: account } = accountsFor(testInfo);
    await page.goto('/');
    await expect(page).toHaveURL(/\/masuk$/);

    await signInThroughForm(page, account.login, 'bukan-kata-sandinya');

    await expect(page.getByRole('alert')).toContainText('NIP/nama pengguna atau kata sandi salah');
    await expect(page).toHaveURL(/\/masuk$/);
  });

  test('when a user signs in with a temporary password, then they must change it, and after signing out the new password works', async ({
    page,
    request,
  }, testInfo) => {
    const { passwordChange: account } = accountsFor(testInfo);
    const temporaryPassword = await (await signInAdminApi(request)).resetPassword(account.login);
    const newPassword = `Bukit-Sileh-${testInfo.project.name}-2026`;

    await signInThroughForm(page, account.login, temporaryPassword);
    await expect(page).toHaveURL(/\/akun-saya$/);
    await expect(page.getByText('Anda masuk dengan kata sandi sementara')).toBeVisible();
    await page.goto('/log-audit');
    await expect(page, 'other pages wait until the password is changed').toHaveURL(/\/akun-saya$/);

    await page.getByLabel('Kata sandi saat ini', { exact: true }).fill(temporaryPassword);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('password123');
    await page.getByLabel('Ulangi kata sandi baru', { exact: true }).fill('password123');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await expect(page.getByText('terlalu umum atau mudah ditebak')).toBeVisible();

    await page.getByLabel('Kata sandi baru', { exact: true }).fill(newPassword);
    await page.getByLabel('Ulangi kata sandi baru', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await expect(page.getByText('Kata sandi berhasil diganti.')).toBeVisible();
    await openPage(page, 'Beranda', `Selamat datang, ${account.name}`);

    await signOut(page);
    await expect(page.getByText('Anda telah keluar.')).toBeVisible();

    await signInThroughForm(page, account.login, newPassword);
    await expect(page.getByRole('heading', { level: 1, name: `Selamat datang, ${account.name}` })).toBeVisible();
  });

  test('when the session ends while the app is open, then the next request leads to sign-in saying "Sesi Anda telah berakhir"', async ({
    page,
    context,
  }) => {
    await signInThroughForm(page, admin.login, DEMO_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: `Selamat datang, ${admin.name}` })).toBeVisible();

    await context.clearCookies();
    const nav = await openNavigation(page);
    await nav.getByRole('link', { name: 'Log audit' }).click();

    await expect(page).toHaveURL(/\/masuk$/);
    await expect(page.getByText('Sesi Anda telah berakhir.')).toBeVisible();
    await signInThroughForm(page, admin.login, DEMO_PASSWORD);
    await expect(page, 'after signing in again the user is back where they were going').toHaveURL(/\/log-audit$/);
  });
});
