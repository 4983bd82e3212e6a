import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { demoLogins } from '../../../src/server/seed/demo-accounts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Only serious and critical findings fail; the rest are printed for the next pass. */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = results.violations.filter((v) => !blocking.includes(v));
  if (minor.length > 0) console.log(`${label}: minor axe findings: ${minor.map((v) => v.id).join(', ')}`);
  const summary = blocking.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, `${label} has serious or critical accessibility violations`).toEqual([]);
}

/** Puskesmas Tanah Garam: its head dispatches; its staff are the unit's members in the seed. */
export const tanahGaram = { slug: 'pkm-tanah-garam', name: 'Puskesmas Tanah Garam', head: demoLogins.kapusTanahGaram };

/**
 * Members are named as the assign picker shows them (without gelar).
 * Both projects share one database: each files its own text (the same text from the same address
 * would come back as the earlier ticket) and has it answered by a different member.
 */
const perProject = {
  phone: {
    description: 'Antrean poli umum sangat panjang pagi ini dan nomor antrean tidak dipanggil berurutan (uji ponsel).',
    member: { login: demoLogins.perawat, name: 'Nurul Hidayah' },
    answer: 'Terima kasih. Mulai minggu depan nomor antrean dipanggil melalui layar dan pengeras suara (ponsel).',
  },
  desktop: {
    description: 'Petugas loket pendaftaran tidak ada di tempat selama setengah jam pada jam layanan (uji desktop).',
    member: { login: '198711242024211001', name: 'Irwan Yunus' },
    answer: 'Terima kasih atas laporannya. Jadwal piket loket pendaftaran sudah kami perbaiki (desktop).',
  },
};

export function complaintFor(testInfo: TestInfo) {
  const name = testInfo.project.name;
  if (name !== 'phone' && name !== 'desktop') throw new Error(`no complaint data for project ${name}`);
  return perProject[name];
}
