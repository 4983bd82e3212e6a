import { expect, test } from '@playwright/test';
import type { PegawaiPage } from '../../src/shared/schemas/organisation';
import { DEMO_PASSWORD } from './support/demo';
import { kepalaPuskesmas, organisationDataFor, pegawaiIdByNip } from './support/organisation';
import { openNavigation, openPage, signIn } from './support/ui';

test.describe('cakupan data pegawai', () => {
  test('when a plain pegawai opens Profil saya, then they see their own chain, and another OPD’s pegawai shows the 403 page', async ({ page, request }, testInfo) => {
    const { plainPegawai, otherOpdPegawaiNip } = organisationDataFor(testInfo);
    const otherId = await pegawaiIdByNip(request, otherOpdPegawaiNip);

    await signIn(page, plainPegawai.nip, DEMO_PASSWORD);
    const nav = await openNavigation(page);
    await expect(nav.getByRole('link', { name: 'Struktur organisasi' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Impor data' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Profil saya' }).click();

    await expect(page.getByRole('heading', { level: 1, name: plainPegawai.name })).toBeVisible();
    await expect(page.getByText('Profil Anda.')).toBeVisible();
    const chain = page.getByRole('region', { name: 'Rantai penilai kinerja' });
    for (const role of ['Atasan langsung', 'Pejabat penilai', 'Atasan pejabat penilai']) {
      const card = chain.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: role, exact: true }) });
      await expect(card).toContainText('Sumber: ');
    }
    await expect(chain.getByText('Rantai penilai belum lengkap')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Tetapkan atasan' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Riwayat jabatan' })).toBeVisible();

    await page.goto(`/pegawai/${otherId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Akses tidak diizinkan' })).toBeVisible();
    await expect(page.getByText(otherOpdPegawaiNip)).toHaveCount(0);
  });

  test('when the Kepala Puskesmas opens Tim saya, then the list holds exactly the people the API gives them, nobody more', async ({ page }) => {
    await signIn(page, kepalaPuskesmas.login, DEMO_PASSWORD);
    await openPage(page, 'Tim saya');

    const reply = await page.request.get('/api/pegawai', { params: { limit: 200 } });
    expect(reply.ok()).toBe(true);
    const api = (await reply.json()) as PegawaiPage;
    expect(api.nextCursor, 'the atasan of 25 fits in one API page').toBeNull();
    expect(api.items.length).toBeGreaterThanOrEqual(20);

    await expect(page.getByText(`Menampilkan ${api.items.length} pegawai.`)).toBeVisible();
    const table = page.getByRole('table', { name: 'Tim saya' });
    const shown = await table.getByRole('link').allTextContents();
    expect(shown.sort()).toEqual(api.items.map((item) => item.name).sort());
    await expect(table).toContainText(kepalaPuskesmas.name);
  });
});
