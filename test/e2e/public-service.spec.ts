import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from './support/demo';
import { complaintFor, expectNoSeriousViolations, tanahGaram } from './support/public-service';
import { openPage, signIn, signOut } from './support/ui';

test.describe('layanan publik: pengaduan dan survei kepuasan', () => {
  test.setTimeout(180_000);

  test('when a citizen files a complaint from the unit QR page, the head assigns it and the pegawai answers, then the status page shows the answer and the response time is recorded', async ({ page }, testInfo) => {
    const { description, member, answer } = complaintFor(testInfo);

    // The citizen, without an account, opens the page the unit's QR code leads to.
    await page.goto(`/layanan/${tanahGaram.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: tanahGaram.name })).toBeVisible();
    await expect(page.getByRole('img', { name: `Kode QR menuju halaman layanan ${tanahGaram.name}` })).toBeVisible();
    await expectNoSeriousViolations(page, 'Halaman unit layanan');

    await page.getByRole('link', { name: 'Sampaikan pengaduan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sampaikan pengaduan' })).toBeVisible();
    await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
    await expect(page.getByText('Pilih jenis pengaduan.')).toBeVisible();
    await expectNoSeriousViolations(page, 'Formulir pengaduan (isian kosong)');
    await page.getByLabel('Jenis pengaduan').selectOption({ label: 'Keluhan layanan' });
    await page.getByLabel('Isi pengaduan').fill(description);
    await page.getByLabel('Nomor telepon/WhatsApp').fill('081234567890');
    await page.getByRole('button', { name: 'Kirim pengaduan' }).click();

    await expect(page.getByText('Pengaduan terkirim')).toBeVisible();
    const ticket = (await page.getByTestId('ticket-code').textContent())?.trim() ?? '';
    expect(ticket).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    await expect(page.getByRole('button', { name: 'Salin kode tiket' })).toBeVisible();
    await expectNoSeriousViolations(page, 'Tanda terima pengaduan');
    await page.getByRole('link', { name: 'Lihat status pengaduan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Pengaduan ${ticket}` })).toBeVisible();
    await expect(page.getByTestId('complaint-status')).toHaveText('Diterima');
    // The status page shows neither the description nor the contact.
    await expect(page.getByText(description)).toHaveCount(0);
    await expect(page.getByText('081234567890')).toHaveCount(0);
    await expectNoSeriousViolations(page, 'Status pengaduan');

    // The head of the unit dispatches it to a member of the unit.
    await signIn(page, tanahGaram.head, DEMO_PASSWORD);
    await openPage(page, 'Pengaduan layanan');
    await page.getByRole('link', { name: ticket }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Pengaduan ${ticket}` })).toBeVisible();
    await expect(page.getByText(description)).toBeVisible();
    await expect(page.getByText('081234567890')).toBeVisible();
    await page.getByRole('button', { name: 'Disposisikan', exact: true }).click();
    const assign = page.getByRole('dialog', { name: `Disposisikan pengaduan ${ticket}` });
    await assign.getByLabel('Petugas', { exact: true }).selectOption({ label: `${member.name} (${member.login})` });
    await assign.getByRole('button', { name: 'Disposisikan' }).click();
    await expect(assign).toBeHidden();
    await expect(page.getByText('Didisposisikan').first()).toBeVisible();
    await signOut(page);

    // The member finds it among their complaints and answers.
    await signIn(page, member.login, DEMO_PASSWORD);
    await openPage(page, 'Pengaduan saya');
    await page.getByRole('link', { name: ticket }).click();
    await expect(page.getByTestId('first-response')).toHaveText('Belum ada');
    await page.getByRole('button', { name: 'Tanggapi', exact: true }).click();
    const respond = page.getByRole('dialog', { name: `Tanggapi pengaduan ${ticket}` });
    await respond.getByLabel('Tanggapan').fill(answer);
    await respond.getByRole('button', { name: 'Kirim tanggapan' }).click();
    await expect(respond).toBeHidden();
    // The response time is recorded: the first response's time and the days it took.
    await expect(page.getByTestId('first-response')).toHaveText(/\d{4} \d{2}\.\d{2} \(\d+ hari\)$/);
    await signOut(page);

    // The citizen's status page shows the answer.
    await page.goto(`/pengaduan/${ticket}`);
    await expect(page.getByTestId('complaint-status')).toHaveText('Ditanggapi');
    await expect(page.getByText(answer)).toBeVisible();
    await expect(page.getByText(member.name)).toHaveCount(0);
  });

  test('when a citizen fills the satisfaction survey and opens the transparency dashboard, then the survey is accepted and the dashboard hides small groups', async ({ page }) => {
    await page.goto(`/layanan/${tanahGaram.slug}`);
    await page.getByRole('link', { name: 'Isi survei kepuasan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Survei kepuasan masyarakat' })).toBeVisible();
    await page.getByRole('button', { name: 'Kirim survei' }).click();
    await expect(page.getByText('9 unsur belum dinilai.')).toBeVisible();
    await expectNoSeriousViolations(page, 'Survei kepuasan (belum diisi)');
    const groups = page.getByRole('main').getByRole('group');
    await expect(groups).toHaveCount(9);
    for (let index = 0; index < 9; index += 1) await groups.nth(index).getByRole('radio', { name: /Sangat baik/ }).check();
    await page.getByLabel('Saran atau komentar (opsional)').fill('Ruang tunggu bersih dan nyaman.');
    await page.getByRole('button', { name: 'Kirim survei' }).click();
    await expect(page.getByText(/^(Terima kasih|Survei sudah terkirim)$/)).toBeVisible();

    await page.goto('/transparansi');
    await expect(page.getByRole('heading', { level: 1, name: 'Dasbor transparansi layanan publik' })).toBeVisible();
    // The dashboard aggregates the whole year; on the e2e server's PGlite that takes a while.
    await expect(page.getByRole('heading', { level: 2, name: tanahGaram.name })).toBeVisible({ timeout: 45_000 });
    // Kantor Kelurahan Koto Panjang has 4 respondents a quarter in the seed: below the minimum.
    const kotoPanjang = page.getByRole('region', { name: 'Kantor Kelurahan Koto Panjang' });
    await expect(kotoPanjang.getByText('data terlalu sedikit').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'Dasbor transparansi');
  });
});
