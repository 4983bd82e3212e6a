import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './support/demo';
import { expectNoSeriousViolations, feedback360PeopleFor, kapusTanahGaram, notificationBell, scoreAllValues, type Person } from './support/feedback360';
import { openPage, signIn, signOut } from './support/ui';

/** The penilai's view of one team member for the current period. */
async function openSubject(page: Page, subject: Person) {
  await openPage(page, 'Umpan balik 360');
  const team = page.getByRole('region', { name: 'Umpan balik untuk tim saya' });
  await team.getByLabel('Anggota tim').selectOption({ label: subject.option });
  await expect(team.getByLabel('Periode')).not.toHaveValue('');
  return team;
}

/** A colleague answers the request about `subject` from their inbox. */
async function answerFromInbox(page: Page, rater: Person, subject: Person, score: number, label: string) {
  await signIn(page, rater.login, DEMO_PASSWORD);
  await openPage(page, 'Umpan balik 360');
  const inbox = page.getByRole('region', { name: 'Permintaan untuk saya' });
  await inbox.getByRole('button', { name: new RegExp(`^Isi umpan balik untuk ${escape(plainName(subject))}`) }).click();
  const form = page.getByRole('dialog', { name: new RegExp(`^Umpan balik untuk ${escape(plainName(subject))}`) });
  await scoreAllValues(form, score, label);
  await form.getByLabel('Komentar tentang Kolaboratif (opsional)').fill('Selalu membantu rekan kerja.');
  await form.getByRole('button', { name: 'Kirim umpan balik' }).click();
  await expect(form).toBeHidden();
  await expect(inbox.getByText(/^Terima kasih\. Umpan balik Anda untuk .+ telah terkirim\.$/)).toBeVisible();
  await expect(inbox.getByText(/^Dijawab /)).toBeVisible();
  await signOut(page);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The name without gelar, as short lists may show it. */
const plainName = (person: Person) => person.name.split(',')[0]!.replace(/^(dr|drg|apt)\. /, '');

test.describe('umpan balik 360 dan dialog kinerja', () => {
  test.setTimeout(300_000);

  test('when the penilai asks three colleagues and a service user, then nothing is shown under three answers, the aggregate appears from the third, and the pegawai sees it without any rater name', async ({ page }, testInfo) => {
    const { subject, raters, serviceUser } = feedback360PeopleFor(testInfo);
    const [first, second, third] = raters as [Person, Person, Person];

    // The penilai asks three colleagues and one service user.
    await signIn(page, kapusTanahGaram.login, DEMO_PASSWORD);
    let team = await openSubject(page, subject);
    await expect(team.getByText('Diminta: 0 penilai · Masuk rekapitulasi: 0 jawaban')).toBeVisible();
    await team.getByRole('button', { name: 'Minta umpan balik' }).click();
    const ask = page.getByRole('dialog', { name: /^Minta umpan balik untuk / });
    for (const rater of raters) {
      await ask.getByLabel('Cari pegawai').fill(plainName(rater).split(' ')[0]!);
      await ask.getByRole('button', { name: `Tambah ${rater.name} sebagai Rekan kerja` }).click();
    }
    await ask.getByLabel('Nama atau keterangan pengguna layanan').fill(serviceUser);
    await ask.getByRole('button', { name: 'Tambah pengguna layanan' }).click();
    await expect(ask.getByRole('heading', { name: 'Penilai yang dipilih (4)' })).toBeVisible();
    await expectNoSeriousViolations(page, 'Minta umpan balik');
    await ask.getByRole('button', { name: 'Kirim permintaan' }).click();

    const links = page.getByRole('dialog', { name: 'Tautan untuk pengguna layanan' });
    await expect(links.getByText('4 permintaan umpan balik telah dikirim.')).toBeVisible();
    await expect(links.getByRole('button', { name: `Salin tautan untuk ${serviceUser}` })).toBeVisible();
    const publicUrl = (await links.locator('code').textContent()) ?? '';
    expect(publicUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/umpan-balik-360\/[A-Za-z0-9_-]{20,}$/);
    await links.getByRole('button', { name: 'Selesai' }).click();
    await expect(team.getByText('Diminta: 4 penilai · Masuk rekapitulasi: 0 jawaban')).toBeVisible();
    const raterList = team.getByRole('list', { name: 'Penilai yang diminta' });
    for (const rater of raters) await expect(raterList).toContainText(plainName(rater));
    await signOut(page);

    // The first rater finds the request through the bell, the second through the menu.
    await signIn(page, first.login, DEMO_PASSWORD);
    await expect(notificationBell(page)).toBeVisible();
    await notificationBell(page).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notifikasi' })).toBeVisible();
    await page.getByRole('link', { name: /Permintaan umpan balik 360$/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Umpan balik 360' })).toBeVisible();
    await expectNoSeriousViolations(page, 'Umpan balik 360 (penilai rekan)');
    await signOut(page);
    await answerFromInbox(page, first, subject, 4, 'Baik');
    await answerFromInbox(page, second, subject, 5, 'Sangat baik');

    // Two answers: the penilai sees neither who nor how many answered (issue #16), and no result yet.
    await signIn(page, kapusTanahGaram.login, DEMO_PASSWORD);
    team = await openSubject(page, subject);
    await expect(team.getByText('Diminta: 4 penilai · Masuk rekapitulasi: 0 jawaban')).toBeVisible();
    await expect(team.getByText('Hasil ditampilkan setelah minimal 3 penilai menjawab.', { exact: false })).toBeVisible();
    const statuses = team.getByRole('list', { name: 'Penilai yang diminta' }).getByRole('listitem');
    await expect(statuses).toHaveCount(4);
    await expect(team.getByRole('list', { name: 'Penilai yang diminta' }).locator('.badge')).toHaveCount(0);
    await expect(team.getByRole('table')).toHaveCount(0);
    await signOut(page);

    // The third rater first clears their notifications with one button.
    await signIn(page, third.login, DEMO_PASSWORD);
    await notificationBell(page).click();
    const unread = page.getByRole('list', { name: 'Daftar notifikasi' }).locator('.notification--unread');
    await expect(unread.filter({ hasText: 'Permintaan umpan balik 360' })).toHaveCount(1);
    await page.getByRole('button', { name: 'Tandai semua dibaca' }).click();
    await expect(unread).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Notifikasi, 0 belum dibaca' })).toBeVisible();
    await signOut(page);
    await answerFromInbox(page, third, subject, 3, 'Cukup');

    // The service user answers through the one-time link, without signing in; the link then stops working.
    await page.goto(publicUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Umpan balik perilaku kerja' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Keluar' })).toHaveCount(0);
    await expectNoSeriousViolations(page, 'Umpan balik 360 publik');
    await page.getByRole('button', { name: 'Kirim umpan balik' }).click();
    await expect(page.getByText('Masih ada 7 nilai BerAKHLAK yang belum diberi nilai.')).toBeVisible();
    await scoreAllValues(page.locator('main'), 4, 'Baik');
    await page.getByRole('button', { name: 'Kirim umpan balik' }).click();
    await expect(page.getByText('Umpan balik Anda telah kami terima.', { exact: false })).toBeVisible();
    await page.reload();
    await expect(page.getByText('Tautan tidak berlaku')).toBeVisible();

    // From the third answer on, the penilai sees the aggregate: a chart and its table.
    await signIn(page, kapusTanahGaram.login, DEMO_PASSWORD);
    team = await openSubject(page, subject);
    await expect(team.getByText('Diminta: 4 penilai · Masuk rekapitulasi: 3 jawaban')).toBeVisible();
    // The three colleagues make the first step; the service user's link answer waits for the next
    // step of three colleagues, so no single answer can be read from a difference (ADR 007).
    await expect(team.getByRole('heading', { name: 'Rekapitulasi dari 3 penilai' })).toBeVisible();
    await expect(team.getByText('Jawaban berikutnya masuk rekapitulasi setiap kali minimal 3 rekan kerja lagi menjawab', { exact: false })).toBeVisible();
    await expect(team.getByRole('list', { name: 'Penilai yang diminta' }).locator('.badge')).toHaveCount(0);
    await expect(team.getByText('Siapa yang sudah menjawab tidak ditampilkan', { exact: false })).toBeVisible();
    await expect(team.locator('.recharts-wrapper')).toBeVisible();
    const table = team.getByRole('table', { name: 'Rata-rata nilai per nilai BerAKHLAK' });
    await expect(table.getByRole('row')).toHaveCount(8);
    // (4 + 5 + 3) / 3 for every value.
    await expect(table.getByRole('row', { name: /Kolaboratif/ })).toContainText('4,00');
    await expectNoSeriousViolations(page, 'Umpan balik 360 (pejabat penilai)');
    await signOut(page);

    // The pegawai sees the same aggregate and never who said what.
    await signIn(page, subject.login, DEMO_PASSWORD);
    await openPage(page, 'Umpan balik 360');
    const mine = page.getByRole('region', { name: 'Umpan balik untuk saya' });
    await expect(mine.getByRole('heading', { name: 'Rekapitulasi dari 3 penilai' })).toBeVisible();
    await expect(mine.getByRole('table', { name: 'Rata-rata nilai per nilai BerAKHLAK' })).toBeVisible();
    await expect(mine).toContainText('Selalu membantu rekan');
    const shown = (await page.locator('main').textContent()) ?? '';
    for (const rater of raters) expect(shown, 'no rater is named to the pegawai').not.toContain(plainName(rater));
    expect(shown).not.toContain(serviceUser);
    await expect(page.getByRole('region', { name: 'Umpan balik untuk tim saya' })).toHaveCount(0);
    await expectNoSeriousViolations(page, 'Umpan balik 360 (pegawai)');
  });

  test('when the leader records a coaching with agreed actions, then the pegawai is notified, follows the link and sends the B.1.8 feedback to the leader\'s superior', async ({ page }, testInfo) => {
    const { dialoguePegawai } = feedback360PeopleFor(testInfo);
    const topics = `Capaian surveilans triwulan ini dan kendala pelaporan (${testInfo.project.name}).`;

    await signIn(page, kapusTanahGaram.login, DEMO_PASSWORD);
    await openPage(page, 'Dialog kinerja');
    await page.getByRole('button', { name: 'Catat dialog' }).click();
    const form = page.getByRole('dialog', { name: 'Catat dialog kinerja' });
    await form.getByRole('button', { name: 'Simpan dialog' }).click();
    await expect(form.getByText('Pilih pegawai yang berdialog dengan Anda.')).toBeVisible();
    await form.getByLabel('Pegawai', { exact: true }).selectOption({ label: dialoguePegawai.option });
    await expect(form.getByLabel('Jenis dialog')).toHaveValue('BIMBINGAN');
    await form.getByLabel('Peserta lain').fill('Koordinator surveilans');
    await form.getByLabel('Topik yang dibahas').fill(topics);
    await form.getByLabel('Tindak lanjut 1', { exact: true }).fill('Kirim laporan mingguan tepat waktu');
    await form.getByLabel('Batas waktu tindak lanjut 1').fill('2026-12-15');
    await form.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
    await form.getByLabel('Tindak lanjut 2', { exact: true }).fill('Ikut pelatihan analisis data');
    await expectNoSeriousViolations(page, 'Catat dialog');
    await form.getByRole('button', { name: 'Simpan dialog' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByText('Dialog kinerja tercatat.')).toBeVisible();

    const card = page.getByRole('article').filter({ hasText: topics });
    await expect(card).toContainText(dialoguePegawai.name.split(',')[0]!);
    await expect(card).toContainText('Bimbingan kinerja');
    await expect(card.getByRole('listitem').filter({ hasText: 'Kirim laporan mingguan tepat waktu' })).toContainText('Belum selesai');
    await expect(card).toContainText('Pegawai belum mengirim umpan balik bimbingan (Format B.1.8).');
    // The leader updates an action in place.
    await card.getByRole('button', { name: 'Perbarui tindak lanjut 1: Kirim laporan mingguan tepat waktu' }).click();
    const update = card.getByRole('form', { name: 'Perbarui tindak lanjut 1: Kirim laporan mingguan tepat waktu' });
    await update.getByLabel('Status').selectOption('DONE');
    await update.getByLabel('Perkembangan').fill('Laporan minggu pertama sudah terkirim.');
    await update.getByRole('button', { name: 'Simpan' }).click();
    await expect(update).toBeHidden();
    await expect(card.getByRole('listitem').filter({ hasText: 'Kirim laporan mingguan tepat waktu' })).toContainText('Selesai');
    await expect(card).toContainText('Laporan minggu pertama sudah terkirim.');
    await expectNoSeriousViolations(page, 'Dialog kinerja (pimpinan)');
    await signOut(page);

    // The pegawai follows the notification to the dialogue and answers the nine statements.
    await signIn(page, dialoguePegawai.login, DEMO_PASSWORD);
    await notificationBell(page).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notifikasi' })).toBeVisible();
    await expectNoSeriousViolations(page, 'Notifikasi');
    await page.getByRole('link', { name: /Dialog kinerja dicatat$/ }).first().click();
    await expect(page).toHaveURL(/\/dialog-kinerja\/\d+$/);
    const coaching = page.getByRole('form', { name: 'Umpan balik bimbingan kinerja (Format B.1.8)' });
    await coaching.getByRole('button', { name: 'Kirim umpan balik' }).click();
    await expect(coaching.getByText('Jawab kesembilan pernyataan.')).toBeVisible();
    const statements = coaching.getByRole('group', { name: 'Jawab setiap pernyataan dengan Ya atau Tidak' }).getByRole('group');
    await expect(statements).toHaveCount(9);
    for (let i = 0; i < 9; i += 1) await statements.nth(i).getByRole('radio', { name: i === 5 ? 'Tidak' : 'Ya' }).check();
    await coaching.getByLabel('Komentar (opsional)').fill('Bimbingan membantu saya menyusun laporan.');
    await expectNoSeriousViolations(page, 'Format B.1.8');
    await coaching.getByRole('button', { name: 'Kirim umpan balik' }).click();
    await expect(page.getByText('Terkirim ke atasan pimpinan Anda.')).toBeVisible();
    await expect(coaching).toHaveCount(0);

    // Opening the notification marked it read.
    await expect(page.getByRole('link', { name: 'Notifikasi, 0 belum dibaca' })).toBeVisible();
  });
});
