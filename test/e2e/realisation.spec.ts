import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './support/demo';
import { escapeRegExp, evidenceItem, expectNoSeriousViolations, expectSaved, fillRemainingIndicators, ikiCard, newProjectContext, onePixelPng, realisationPairFor } from './support/realisation';
import { openPage, signIn, signOut } from './support/ui';

async function openMyRealisation(page: Page) {
  await openPage(page, 'Realisasi saya', /^Realisasi Triwulan/);
}

test.describe('realisasi dan umpan balik', () => {
  test.setTimeout(240_000);

  test('when a pegawai enters a quarter with a photo and a link and sends it, and the atasan rejects the photo with a reason and gives feedback, then the pegawai sees both', async ({ page, browser }, testInfo) => {
    const pair = realisationPairFor(testInfo);
    const tag = testInfo.project.name;
    const photoTitle = `Foto kegiatan (${tag})`;
    const linkTitle = `Laporan daring (${tag})`;
    const rencanaAksi = `Rapat koordinasi bulanan dan pemantauan lapangan (${tag})`;
    const reason = `Foto tidak menunjukkan kegiatan yang dilaporkan (${tag}).`;
    const feedbackText = `Realisasi sudah baik, lengkapi dengan notulen rapat (${tag}).`;
    const reopenReason = `Ganti foto dengan dokumentasi kegiatan yang sesuai (${tag}).`;

    // The pegawai opens the current quarter of the approved SKP and fills one indicator.
    await signIn(page, pair.pegawai.login, DEMO_PASSWORD);
    await openMyRealisation(page);
    const card = ikiCard(page, pair.indicator);
    await expect(card).toBeVisible();
    await card.getByLabel(`Realisasi periode ini (${pair.satuan})`).fill(pair.value);
    await card.getByLabel('Rencana aksi').fill(rencanaAksi);
    await card.getByRole('button', { name: 'Simpan realisasi' }).click();
    await expectSaved(card);

    // A photo as evidence: on a phone straight from the camera, on a desktop from the files.
    await card.getByLabel('Judul bukti (opsional)').fill(photoTitle);
    const camera = card.getByRole('button', { name: /^Ambil foto/ });
    const picker = tag === 'phone' ? camera : card.getByRole('button', { name: /^Pilih berkas/ });
    if (tag === 'phone') await expect(camera).toBeVisible();
    else await expect(camera).toHaveCount(0);
    const choosing = page.waitForEvent('filechooser');
    await picker.click();
    await (await choosing).setFiles({ name: 'foto-kegiatan.png', mimeType: 'image/png', buffer: onePixelPng });
    const photo = evidenceItem(card, photoTitle);
    await expect(photo).toContainText('Menunggu');

    // A second piece: a link.
    await card.getByRole('button', { name: /^Tambah tautan/ }).click();
    await card.getByLabel('Judul tautan').fill(linkTitle);
    await card.getByLabel('Alamat tautan').fill('https://solokkota.go.id/laporan-kegiatan');
    await card.getByRole('button', { name: 'Simpan tautan' }).click();
    await expect(evidenceItem(card, linkTitle)).toContainText('Menunggu');
    await expectNoSeriousViolations(page, 'Realisasi (pegawai)');

    // Kirim realisasi (every indicator filled), after the confirmation.
    await fillRemainingIndicators(page, '1');
    await page.getByRole('button', { name: 'Kirim realisasi' }).click();
    const confirm = page.getByRole('dialog', { name: 'Kirim realisasi periode ini?' });
    await confirm.getByRole('button', { name: 'Ya, kirim' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText(/terkirim ke atasan/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Ringkasan periode' })).toContainText('Terkirim');
    // Once sent, the period is locked: no value can be changed until the pejabat penilai reopens it.
    await expect(page.getByRole('region', { name: 'Realisasi terkunci' })).toBeVisible();
    await expect(ikiCard(page, pair.indicator).getByRole('button', { name: 'Simpan realisasi' })).toHaveCount(0);
    await signOut(page);

    // The atasan, in a browser of their own, finds the person in the team view.
    const atasanContext = await newProjectContext(browser, testInfo);
    const atasan = await atasanContext.newPage();
    try {
      await signIn(atasan, pair.atasan.login, DEMO_PASSWORD);
      await openPage(atasan, 'Realisasi tim');
      const person = atasan.getByRole('listitem').filter({ has: atasan.getByRole('link', { name: new RegExp(escapeRegExp(pair.pegawai.name)) }) });
      await expect(person).toContainText('Terkirim');
      await expect(person).toContainText('2 bukti menunggu');
      await expectNoSeriousViolations(atasan, 'Realisasi tim');
      await atasan.getByRole('button', { name: /^Menunggu pemeriksaan/ }).click();
      await expect(person).toBeVisible();
      await person.getByRole('link', { name: new RegExp(escapeRegExp(pair.pegawai.name)) }).click();
      await expect(atasan.getByRole('heading', { level: 1, name: new RegExp(escapeRegExp(pair.pegawai.name)) })).toBeVisible();

      // Rejects the photo: the reason is required.
      const atasanCard = ikiCard(atasan, pair.indicator);
      await expect(atasanCard).toContainText(rencanaAksi);
      await atasanCard.getByRole('button', { name: `Tolak bukti ${photoTitle}` }).click();
      const reject = atasan.getByRole('dialog', { name: 'Tolak bukti dukung' });
      await reject.getByRole('button', { name: 'Tolak bukti' }).click();
      await expect(reject.getByText('Alasan penolakan wajib diisi.')).toBeVisible();
      await reject.getByLabel('Alasan penolakan').fill(reason);
      await reject.getByRole('button', { name: 'Tolak bukti' }).click();
      await expect(reject).toBeHidden();
      await expect(evidenceItem(atasanCard, photoTitle)).toContainText('Ditolak');
      await expect(evidenceItem(atasanCard, photoTitle)).toContainText(reason);
      await atasanCard.getByRole('button', { name: `Terima bukti ${linkTitle}` }).click();
      await expect(evidenceItem(atasanCard, linkTitle)).toContainText('Diterima');

      // Feedback on the RHK row.
      const row = atasan.getByRole('article', { name: pair.rhkText });
      const form = row.getByRole('form', { name: `Umpan balik untuk ${pair.rhkText}` });
      await form.getByLabel('Tulis umpan balik').fill(feedbackText);
      await form.getByRole('button', { name: 'Kirim umpan balik' }).click();
      await expect(row.getByText(feedbackText)).toBeVisible();
      await expectNoSeriousViolations(atasan, 'Realisasi (atasan)');

      // The atasan is also the pejabat penilai: they reopen the locked period, with a reason.
      await expect(atasan.getByRole('region', { name: 'Realisasi terkunci' })).toBeVisible();
      await atasan.getByRole('button', { name: 'Buka kembali realisasi', exact: true }).click();
      const reopen = atasan.getByRole('dialog', { name: /^Buka kembali realisasi/ });
      await reopen.getByLabel('Alasan membuka kembali').fill(reopenReason);
      await reopen.getByRole('button', { name: 'Buka kembali', exact: true }).click();
      await expect(reopen).toBeHidden();
      await expect(atasan.getByRole('region', { name: 'Realisasi terkunci' })).toHaveCount(0);
    } finally {
      await atasanContext.close();
    }

    // The pegawai signs back in and sees the rejection with its reason, and the feedback.
    await signIn(page, pair.pegawai.login, DEMO_PASSWORD);
    await openMyRealisation(page);
    const mine = ikiCard(page, pair.indicator);
    await expect(evidenceItem(mine, photoTitle)).toContainText('Ditolak');
    await expect(evidenceItem(mine, photoTitle)).toContainText(reason);
    await expect(evidenceItem(mine, linkTitle)).toContainText('Diterima');
    await expect(page.getByRole('article', { name: pair.rhkText }).getByText(feedbackText)).toBeVisible();
    // The period was reopened: the pegawai reads why and may correct it again.
    await expect(page.getByText(reopenReason)).toBeVisible();
    await expect(mine.getByRole('button', { name: 'Simpan realisasi' })).toBeVisible();

    // The same feedback in the stream, from the atasan.
    await openPage(page, 'Umpan balik');
    const received = page.getByRole('listitem').filter({ hasText: feedbackText });
    await expect(received).toContainText(new RegExp(`Dari .*${escapeRegExp(pair.atasan.name)}`));
    await expect(received).toContainText(pair.rhkText);
  });
});

test.describe('jalan masuk realisasi', () => {
  test('when a pegawai whose SKP is still a draft opens Realisasi saya, then they are told to get it approved first; an approved SKP opens its current period from the SKP page', async ({ page }) => {
    // Bayu (Pengelola Cagar Budaya) has a draft SKP in the seed; nothing is changed here.
    await signIn(page, '197409281999031001', DEMO_PASSWORD);
    await openPage(page, 'Realisasi saya');
    await expect(page.getByText(/SKP Anda tahun \d{4} belum disetujui/)).toBeVisible();
    await expect(page.getByText('Status SKP Anda saat ini: SKP draf.', { exact: false })).toBeVisible();
    await page.getByRole('link', { name: 'Buka SKP saya' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'SKP saya' })).toBeVisible();
    await signOut(page);

    // The Kepala Bidang Kebudayaan's SKP is approved in the seed: its page leads to the realisation.
    await signIn(page, '196905121992121001', DEMO_PASSWORD);
    await openPage(page, 'SKP saya');
    await page.getByRole('link', { name: 'Buka realisasi' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Realisasi Triwulan/ })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Periode' }).getByRole('link', { name: /Triwulan/ })).toHaveCount(4);
  });
});
