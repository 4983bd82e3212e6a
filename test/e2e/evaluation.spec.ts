import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { extractPdfText } from '../support/pdf-text';
import { admin, DEMO_PASSWORD } from './support/demo';
import {
  apiSession,
  approveTeamSkp,
  auditEntries,
  demoPeriods,
  evaluationPeopleFor,
  expectNoSeriousAxeViolations,
  rateThroughApi,
  setCurveEnforcement,
  setOrgPredikat,
  type TeamMember,
} from './support/evaluation';
import { signIn, signOut } from './support/ui';
import type { CalibrationView, EvaluationView } from '../../src/shared/schemas/evaluation';
import { demoYear } from './support/skp';

const ratingLabel = { DI_ATAS: 'Di Atas Ekspektasi', SESUAI: 'Sesuai Ekspektasi', DI_BAWAH: 'Di Bawah Ekspektasi' } as const;
type RatingKey = keyof typeof ratingLabel;

/** The penilai's rating screen for one member: the RHK, both overall ratings and their reasons. */
async function rateInBrowser(page: Page, member: TeamMember, periodId: string, hasil: RatingKey, perilaku: RatingKey): Promise<void> {
  await page.goto(`/skp/${member.skpId}/penilaian?periodId=${periodId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Penilaian kinerja' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Penilaian oleh pejabat penilai' });
  await form.getByRole('group', { name: /^1\. / }).getByLabel(ratingLabel[hasil]).check();
  await form.getByRole('group', { name: 'Rating hasil kerja', exact: true }).getByLabel(ratingLabel[hasil]).check();
  await form.getByLabel('Justifikasi rating hasil kerja').fill('Target triwulan tercapai sesuai rencana aksi.');
  await form.getByRole('group', { name: 'Rating perilaku kerja', exact: true }).getByLabel(ratingLabel[perilaku]).check();
  await form.getByLabel('Justifikasi rating perilaku kerja').fill('Berorientasi pelayanan dan kolaboratif.');
  await form.getByRole('button', { name: 'Simpan penilaian' }).click();
  // The screen starts again from the server's state once the evaluation is rated.
  await expect(page.getByText('Sudah dinilai', { exact: false }).first()).toBeVisible();
}

async function openCalibration(page: Page, periodId: string): Promise<void> {
  await page.goto(`/kalibrasi?periodId=${periodId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kalibrasi' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Anggota kelompok penilaian' })).toBeVisible();
}

async function adjust(page: Page, name: string, hasil: RatingKey, perilaku: RatingKey, reason: string): Promise<void> {
  await page.getByRole('button', { name: `Sesuaikan rating ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Sesuaikan rating ${name}` });
  await dialog.getByRole('group', { name: 'Rating hasil kerja', exact: true }).getByLabel(ratingLabel[hasil]).check();
  await dialog.getByRole('group', { name: 'Rating perilaku kerja', exact: true }).getByLabel(ratingLabel[perilaku]).check();
  await dialog.getByLabel('Alasan penyesuaian').fill(reason);
  await dialog.getByRole('button', { name: 'Simpan penyesuaian' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('evaluasi kinerja', () => {
  // The keberatan journey objects to an evaluation the first journey finalised (per project).
  test.describe.configure({ mode: 'serial' });
  let finalised: { member: TeamMember; periodName: string } | null = null;

  test('when a penilai rates a team of five under an organisation predikat of Baik, then hard mode blocks finalisation until the curve fits and soft mode lets it through with a justification in the audit log', async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    const baseURL = String(testInfo.project.use.baseURL);
    const people = evaluationPeopleFor(testInfo);
    const penilaiApi = await apiSession(baseURL, people.penilai.login);
    const [first, second] = await demoPeriods(penilaiApi);
    await penilaiApi.dispose();
    if (!first || !second) throw new Error('the demo year needs two periods');

    const team = await test.step('setup: five approved SKP, org predikat Baik for two periods, hard mode', async () => {
      const members = await approveTeamSkp(baseURL, people);
      await setOrgPredikat(baseURL, people.penilai.login, first.id, 'BAIK');
      await setOrgPredikat(baseURL, people.penilai.login, second.id, 'BAIK');
      await setCurveEnforcement(baseURL, 'hard');
      return members;
    });

    await signIn(page, people.penilai.login, DEMO_PASSWORD);
    await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();

    await test.step('the penilai rates all five Baik on their rating screens', async () => {
      for (const [index, member] of team.entries()) {
        await rateInBrowser(page, member, first.id, 'SESUAI', 'SESUAI');
        if (index === 0) await expectNoSeriousAxeViolations(page, 'Penilaian kinerja');
      }
    });

    await test.step('hard mode: five Baik and nobody below breaks the curve, so finalisation is refused', async () => {
      await openCalibration(page, first.id);
      await expect(page.getByText('ketat (finalisasi ditolak bila melanggar)', { exact: false })).toBeVisible();
      const finalise = page.getByRole('region', { name: 'Finalisasi' });
      await expect(finalise.getByText('Baik: paling banyak 3 pegawai, sekarang 5.')).toBeVisible();
      await expect(finalise.getByText('harus ada paling sedikit 1 pegawai, sekarang 0.', { exact: false })).toBeVisible();
      await expect(finalise.getByRole('button', { name: 'Finalisasi evaluasi' })).toBeDisabled();
      await expectNoSeriousAxeViolations(page, 'Kalibrasi (melanggar kurva)');
    });

    await test.step('hard mode: after two adjustments (3 Baik, 1 Sangat Baik, 1 Butuh Perbaikan) it goes through', async () => {
      const [, , , fourth, fifth] = team;
      await adjust(page, fourth!.name, 'DI_ATAS', 'DI_ATAS', 'Capaian melampaui target dan menjadi teladan rekan kerja.');
      await adjust(page, fifth!.name, 'DI_BAWAH', 'SESUAI', 'Dua laporan hasil belajar terlambat dikumpulkan.');
      await expect(page.getByText('Sebaran sesuai dengan kurva distribusi.')).toBeVisible();
      const finalise = page.getByRole('region', { name: 'Finalisasi' });
      await expect(finalise.getByText('5 evaluasi siap difinalisasi.')).toBeVisible();
      await finalise.getByRole('button', { name: 'Finalisasi evaluasi' }).click();
      await expect(page.getByText('Seluruh evaluasi kelompok ini sudah difinalisasi.')).toBeVisible();
      finalised = { member: fifth!, periodName: first.name };
    });

    const justification = `Kelompok ${people.penilai.name} berkinerja merata pada ${second.name}; tidak ada yang layak Butuh Perbaikan.`;
    await test.step('soft mode: the same five all Baik in the next period go through with a justification', async () => {
      await rateThroughApi(baseURL, people.penilai.login, second.id, team, 'SESUAI');
      await setCurveEnforcement(baseURL, 'soft');
      await openCalibration(page, second.id);
      await expect(page.getByText('longgar (boleh dengan justifikasi)', { exact: false })).toBeVisible();
      const finalise = page.getByRole('region', { name: 'Finalisasi' });
      await expect(finalise.getByText('Finalisasi tetap bisa dilakukan dengan justifikasi', { exact: false })).toBeVisible();
      await finalise.getByRole('button', { name: 'Finalisasi evaluasi' }).click();
      const dialog = page.getByRole('dialog', { name: 'Justifikasi finalisasi di luar kurva' });
      await dialog.getByLabel('Justifikasi').fill(justification);
      await dialog.getByRole('button', { name: 'Finalisasi evaluasi' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText('Seluruh evaluasi kelompok ini sudah difinalisasi.')).toBeVisible();
    });

    await test.step('the justification is in the audit log', async () => {
      const entries = await auditEntries(baseURL, 'evaluation.group_finalised');
      expect(entries.some((e) => JSON.stringify(e.data).includes(justification))).toBe(true);
    });
  });

  test('when a pegawai objects, then only the atasan penilai can decide; the changed rating and the decision are in the regenerated PDF', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    if (!finalised) throw new Error('the first journey did not finalise an evaluation');
    const { member, periodName } = finalised;
    const baseURL = String(testInfo.project.use.baseURL);
    const people = evaluationPeopleFor(testInfo);

    const evaluationId = await test.step('the pegawai rated Butuh Perbaikan files a keberatan from their results', async () => {
      await signIn(page, member.login, DEMO_PASSWORD);
      await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
      await page.goto('/evaluasi');
      await page.getByRole('listitem').filter({ hasText: periodName }).getByRole('link', { name: 'Lihat hasil' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Hasil evaluasi kinerja' })).toBeVisible();
      await expect(page.locator('.eval-predikat')).toContainText('Butuh Perbaikan');
      await page.getByLabel('Alasan keberatan').fill('Dua laporan terlambat karena sakit dengan surat keterangan dokter; laporannya lengkap.');
      await page.getByRole('button', { name: 'Ajukan keberatan' }).click();
      await expect(page.getByText('Menunggu keputusan atasan pejabat penilai.')).toBeVisible();
      const id = /\/evaluasi\/(\d+)/.exec(page.url())?.[1];
      if (!id) throw new Error(`no evaluation id in ${page.url()}`);
      await signOut(page);
      return id;
    });

    await test.step('nobody else can decide: the penilai sees no decision form; the penilai, BKPSDM and the pegawai are refused', async () => {
      const body = { decision: 'CHANGED', ratingHasilKerja: 'SESUAI', reason: 'Bukan wewenang saya.' };
      for (const login of [people.penilai.login, member.login, '199001012015011001']) {
        const session = await apiSession(baseURL, login);
        expect(await session.statusOf(`/evaluations/${evaluationId}/keberatan/decision`, body), login).toBe(403);
        await session.dispose();
      }
      await signIn(page, people.penilai.login, DEMO_PASSWORD);
      await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
      await page.goto(`/evaluasi/${evaluationId}`);
      await expect(page.getByText('Menunggu keputusan atasan pejabat penilai.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Tetapkan keputusan' })).toHaveCount(0);
      await signOut(page);
    });

    const reason = 'Surat keterangan sakit sah; keterlambatan laporan tidak mengurangi hasil kerja triwulan ini.';
    await test.step('the atasan penilai opens it from their queue and changes the rating to Sesuai Ekspektasi', async () => {
      await signIn(page, people.atasanPenilai.login, DEMO_PASSWORD);
      await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
      await page.goto('/evaluasi');
      await page.getByRole('region', { name: 'Keberatan yang menunggu keputusan Anda' }).locator(`a[href="/evaluasi/${evaluationId}"]`).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Hasil evaluasi kinerja' })).toBeVisible();
      const form = page.getByRole('form', { name: 'Keputusan atas keberatan' });
      await form.getByLabel('Rating diubah').check();
      await form.getByRole('group', { name: 'Rating hasil kerja', exact: true }).getByLabel('Sesuai Ekspektasi').check();
      await form.getByLabel('Alasan keputusan').fill(reason);
      await form.getByRole('button', { name: 'Tetapkan keputusan' }).click();
      await expect(page.getByText('Rating baru: hasil kerja Sesuai Ekspektasi, perilaku Sesuai Ekspektasi → Baik.')).toBeVisible();
      await expect(page.locator('.eval-predikat')).toContainText('Baik');
    });

    await test.step('the regenerated PDF carries the new predikat and the decision', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh dokumen evaluasi (PDF)' }).click()]);
      const pdf = await extractPdfText(fs.readFileSync(await download.path()));
      expect(pdf.text).toContain('PREDIKAT KINERJA PEGAWAI BAIK');
      expect(pdf.text).toContain('MENGUBAH hasil evaluasi (final)');
      expect(pdf.text).toContain(reason);
    });
  });
  test('when the Kepala Dinas rates the Sekretaris and the Kabid in hard mode under Dinas Baik with no bidang predikat, then each rating screen asks for the unit\'s own predikat instead of forcing Sesuai, and once set the group finalises with nobody rated down', async ({ page }, testInfo) => {
    test.setTimeout(300_000);
    const baseURL = String(testInfo.project.use.baseURL);
    const kadis = { login: '197208171998031003' };
    const kadisApi = await apiSession(baseURL, kadis.login);
    const periods = await demoPeriods(kadisApi);
    // One Kepala Dinas for both projects: each rates a different ended quarter.
    const period = periods[testInfo.project.name === 'phone' ? 2 : 1];
    if (!period) throw new Error('the demo year needs three periods');
    const group = await test.step('setup: Dinas Pendidikan Baik for the quarter, hard mode, no bidang predikat', async () => {
      const before = await kadisApi.get<CalibrationView>(`/calibration?periodId=${period.id}`);
      if (!before.curveUnit) throw new Error('the Kepala Dinas has no unit');
      const bkpsdm = await apiSession(baseURL, admin.login);
      await bkpsdm.put(`/units/${before.curveUnit.id}/org-predikat`, { year: demoYear, periodId: period.id, predikat: 'BAIK', reason: 'Capaian IKU Dinas sesuai target (uji e2e).' });
      await bkpsdm.dispose();
      await setCurveEnforcement(baseURL, 'hard');
      return before;
    });
    const heads = group.members.filter((m) => m.isUnitHead);
    // The Sekretaris and every Kabid of the demo's Dinas Pendidikan dan Kebudayaan.
    const posts = heads.map((m) => (/^Sekretaris/.test(m.jabatan) ? 'Sekretaris' : /^Kepala Bidang/.test(m.jabatan) ? 'Kabid' : m.jabatan));
    expect(posts.filter((p) => p === 'Sekretaris')).toHaveLength(1);
    expect(posts.filter((p) => p === 'Kabid').length).toBeGreaterThanOrEqual(4);
    expect(posts.length).toBe(posts.filter((p) => p === 'Sekretaris' || p === 'Kabid').length);
    await test.step('the Kepala Dinas\'s other reports (not unit heads) are rated through the API', async () => {
      for (const m of group.members.filter((x) => !x.isUnitHead)) {
        const view = await kadisApi.get<EvaluationView>(`/skp/${m.skpId}/evaluation?periodId=${period.id}`);
        await kadisApi.put(`/skp/${m.skpId}/evaluation/ratings`, {
          periodId: period.id,
          rhk: view.ratings.rhk.map((r) => ({ rhkId: r.rhkId, rating: 'SESUAI', note: '' })),
          ratingHasilKerja: 'SESUAI',
          ratingPerilaku: 'SESUAI',
          justificationHasilKerja: 'Target triwulan tercapai.',
          justificationPerilaku: 'Berorientasi pelayanan dan kolaboratif.',
        });
      }
    });
    await kadisApi.dispose();

    await signIn(page, kadis.login, DEMO_PASSWORD);
    await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
    for (const [index, member] of heads.entries()) {
      await test.step(`${member.jabatan}: the screen asks for the unit's predikat, the Kepala Dinas sets it, then rates`, async () => {
        await page.goto(`/skp/${member.skpId}/penilaian?periodId=${period.id}`);
        await expect(page.getByRole('heading', { level: 1, name: 'Penilaian kinerja' })).toBeVisible();
        const form = page.getByRole('form', { name: 'Penilaian oleh pejabat penilai' });
        await expect(page.getByText(/Predikat organisasi .+ untuk .+ belum ditetapkan/)).toBeVisible();
        await expect(form.getByText('rating hasil kerja mengikuti predikat organisasi', { exact: false })).toHaveCount(0);
        await expect(form.getByRole('button', { name: 'Simpan penilaian' })).toHaveCount(0);
        if (index === 0) await expectNoSeriousAxeViolations(page, 'Penilaian kepala unit tanpa predikat unit');
        const set = page.getByRole('form', { name: /^Tetapkan predikat organisasi / });
        await set.getByLabel(/^Predikat /).selectOption('BAIK');
        await set.getByLabel('Alasan').fill('Rencana aksi unit pada triwulan ini tercapai.');
        await set.getByRole('button', { name: 'Tetapkan predikat' }).click();
        await expect(form.getByText(/rating hasil kerja mengikuti predikat organisasi Baik: Sesuai Ekspektasi/)).toBeVisible();
        await expect(set).toHaveCount(0);
        await form.getByRole('group', { name: /^1\. / }).getByLabel('Sesuai Ekspektasi').check();
        await form.getByLabel('Justifikasi rating hasil kerja').fill('Mengikuti predikat organisasi unit yang dipimpinnya.');
        await form.getByRole('group', { name: 'Rating perilaku kerja', exact: true }).getByLabel('Sesuai Ekspektasi').check();
        await form.getByLabel('Justifikasi rating perilaku kerja').fill('Berorientasi pelayanan dan kolaboratif.');
        await form.getByRole('button', { name: 'Simpan penilaian' }).click();
        await expect(page.getByText('Sudah dinilai', { exact: false }).first()).toBeVisible();
      });
    }

    await test.step('calibration: the curve cannot be met by five heads rated from their own units; it says so, names them, and finalises with a justification', async () => {
      await openCalibration(page, period.id);
      await expect(page.getByText('ketat (finalisasi ditolak bila melanggar)', { exact: false })).toBeVisible();
      const forced = page.getByText('Kurva tidak dapat dipenuhi karena rating hasil kerja', { exact: false });
      await expect(forced).toBeVisible();
      for (const m of heads) await expect(forced).toContainText(m.name);
      const finalise = page.getByRole('region', { name: 'Finalisasi' });
      await finalise.getByRole('button', { name: 'Finalisasi evaluasi' }).click();
      const dialog = page.getByRole('dialog', { name: 'Justifikasi finalisasi di luar kurva' });
      await dialog.getByLabel('Justifikasi').fill('Kelima kepala unit dinilai dari predikat unitnya masing-masing; tidak ada yang diturunkan demi kurva.');
      await dialog.getByRole('button', { name: 'Finalisasi evaluasi' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText('Seluruh evaluasi kelompok ini sudah difinalisasi.')).toBeVisible();
      await expect(page.getByRole('table', { name: 'Anggota kelompok penilaian' }).getByText('Baik', { exact: true })).toHaveCount(group.members.length);
      await setCurveEnforcement(baseURL, 'soft');
    });
  });
});
