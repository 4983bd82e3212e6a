import { expect, type Page } from '@playwright/test';

/** Signs in through the form, as a person does: for the journeys about signing in itself. */
export async function signInThroughForm(page: Page, login: string, password: string): Promise<void> {
  if (!page.url().includes('/masuk')) await page.goto('/masuk');
  await page.getByLabel('NIP / nama pengguna').fill(login);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/**
 * Signs in through the API (the session cookie lands in the page's context) and opens the app
 * where the form would have led: back to the page that asked for sign-in, else the Beranda.
 * The form itself is covered by the sign-in journey; every other journey starts here, faster.
 */
export async function signIn(page: Page, login: string, password: string): Promise<void> {
  const reply = await page.request.post('/api/auth/login', { data: { login, password } });
  if (!reply.ok()) throw new Error(`sign-in as ${login} failed: ${reply.status()} ${await reply.text()}`);
  // The sign-in route keeps where the user came from in the history state, which a reload keeps.
  if (page.url().includes('/masuk')) await page.reload();
  else await page.goto('/');
}

/** On a phone the navigation sits behind the Menu button; on a desktop it is always shown. */
export async function openNavigation(page: Page) {
  // The app shell (with its sign-out button) is there once sign-in has finished.
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
  const menuButton = page.getByRole('button', { name: 'Menu' });
  if (await menuButton.isVisible()) await menuButton.click();
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(nav).toBeVisible();
  return nav;
}

export async function openPage(page: Page, linkName: string, heading: string | RegExp = linkName): Promise<void> {
  const nav = await openNavigation(page);
  await nav.getByRole('link', { name: linkName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/masuk$/);
}
