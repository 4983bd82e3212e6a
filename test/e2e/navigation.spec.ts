import { expect, test } from '@playwright/test';
import { admin, DEMO_PASSWORD, walikota } from './support/demo';
import { openNavigation, signIn } from './support/ui';

test.describe('navigasi dan bahasa', () => {
  test('when the Wali Kota opens an admin page, then the menu does not offer it and the page says access is not allowed', async ({ page }) => {
    await signIn(page, walikota.login, DEMO_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: `Selamat datang, ${walikota.name}` })).toBeVisible();
    const nav = await openNavigation(page);
    await expect(nav.getByRole('link', { name: 'Akun saya' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Peran & akses' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Log audit' })).toHaveCount(0);

    await page.goto('/peran-akses');
    await expect(page.getByRole('heading', { level: 1, name: 'Akses tidak diizinkan' })).toBeVisible();
    await page.goto('/halaman-yang-tidak-ada');
    await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
  });

  test('when the user switches to English, then the page speaks English, sets lang="en" and remembers it after a reload', async ({ page }) => {
    await page.goto('/masuk');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await page.getByRole('button', { name: /English/ }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    await page.getByLabel('NIP / username').fill(admin.login);
    await page.getByLabel('Password', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert'), 'the server answers in English too').toContainText('Wrong NIP/username or password');

    await page.getByRole('button', { name: /Bahasa Indonesia/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  });

  test('when the connection drops, then a banner says the user is offline until it returns', async ({ page, context }) => {
    await page.goto('/masuk');
    await expect(page.getByRole('heading', { level: 1, name: 'Masuk' })).toBeVisible();

    await context.setOffline(true);
    await expect(page.getByText('Anda sedang luring.')).toBeVisible();

    await context.setOffline(false);
    await expect(page.getByText('Anda sedang luring.')).toBeHidden();
  });
});
