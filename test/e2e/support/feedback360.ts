import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { demoLogins } from '../../../src/server/seed/demo-accounts';

/** A seeded pegawai who signs in with their NIP and the demo password. */
export interface Person {
  login: string;
  /** As GET /api/pegawai shows it, with gelar. */
  name: string;
  /** The team picker's option: name and jabatan. */
  option: string;
}

const person = (login: string, name: string, jabatan: string): Person => ({ login, name, option: `${name} — ${jabatan}` });

/**
 * The Kepala Puskesmas Tanah Garam is atasan langsung and pejabat penilai of her 25 staff. The
 * phone and desktop projects share one database, so each asks about its own subject, from its own
 * three colleagues, and records its dialogue with yet another member of her staff.
 */
export const kapusTanahGaram = { login: demoLogins.kapusTanahGaram, name: 'dr. Yulia Rahmawati, M.K.M.' };

const perProject = {
  phone: {
    subject: person('197107181994031001', 'Zulkarnain Ismail', 'Bendahara'),
    raters: [
      person('197906042002042001', 'dr. Gusnita Marlina, M.Biomed.', 'Dokter Ahli Muda'),
      person('198207122023212001', 'Nofrita Sari, S.Kep., Ners', 'Perawat Ahli Pertama'),
      person('198508252012022001', 'Elvi, S.Sos.', 'Pengadministrasi Perkantoran'),
    ],
    serviceUser: 'Pasien poli umum (uji ponsel)',
    dialoguePegawai: person('198709172011012001', 'Sri Anggraini, S.K.M.', 'Epidemiolog Kesehatan Ahli Pertama'),
  },
  desktop: {
    subject: person('199608042021211001', 'Darmawan Syafii, A.Md.Kep.', 'Perawat Terampil'),
    raters: [
      person('198812202016022001', 'Asmaniar Wahyuni, S.Tr.Keb.', 'Bidan Ahli Pertama'),
      person('198911192013032001', 'Kurnia Melati, A.Md.Keb.', 'Bidan Terampil'),
      person('198912102015032001', 'Zulfa, A.Md.RMIK.', 'Perekam Medis Terampil'),
    ],
    serviceUser: 'Pasien poli KIA (uji desktop)',
    dialoguePegawai: person('199009192016031001', 'Irwan Malik, A.Md.Kep.', 'Perawat Terampil'),
  },
};

export function feedback360PeopleFor(testInfo: TestInfo) {
  const name = testInfo.project.name;
  if (name !== 'phone' && name !== 'desktop') throw new Error(`no 360 test people for project ${name}`);
  return perProject[name];
}

/** The seven BerAKHLAK values, in the order of the form. */
export const berakhlak = ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif'];

/** Scores every value on the 1–5 scale of an answer form, by its label ("4 Baik"). */
export async function scoreAllValues(form: Locator, score: number, label: string): Promise<void> {
  for (const value of berakhlak) {
    await form.getByRole('group', { name: value, exact: true }).getByRole('radio', { name: `${score} ${label}` }).check();
  }
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** As in accessibility.spec.ts: serious and critical findings fail, the rest are printed. */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = results.violations.filter((v) => !blocking.includes(v));
  if (minor.length > 0) console.log(`${label}: minor axe findings: ${minor.map((v) => v.id).join(', ')}`);
  const summary = blocking.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, `${label} has serious or critical accessibility violations`).toEqual([]);
}

/** The bell in the header: its accessible name carries the unread count. */
export function notificationBell(page: Page) {
  return page.getByRole('link', { name: /^Notifikasi, \d+ belum dibaca$/ });
}
