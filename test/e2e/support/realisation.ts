import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import { demoLogins } from '../../../src/server/seed/demo-accounts';

/**
 * The realisation journey changes a period's data, and the phone and desktop projects share one
 * database, so each project has its own pair with an approved SKP in the seed (seed-planning.ts):
 * the Kepala Puskesmas Tanah Garam, whose atasan and pejabat penilai is the Kepala Dinas
 * Kesehatan, and the Kepala Dinas Perhubungan, whose atasan and penilai is the Sekretaris Daerah.
 */
const perProject = {
  phone: {
    pegawai: { login: demoLogins.kapusTanahGaram, name: 'Yulia Rahmawati' },
    atasan: { login: demoLogins.kadinkes, name: 'Hendra Gunawan' },
    rhkText: 'Meningkatnya cakupan pelayanan kesehatan dasar di wilayah Puskesmas Tanah Garam',
    indicator: 'Jumlah laporan capaian pelayanan kesehatan dasar',
    satuan: 'Laporan',
    value: '1',
  },
  desktop: {
    pegawai: { login: demoLogins.kadishub, name: 'Syahrial Anwar' },
    atasan: { login: demoLogins.sekda, name: 'Syafrizal' },
    rhkText: 'Menurunnya angka kecelakaan lalu lintas di Kota Solok',
    indicator: 'Jumlah kecelakaan lalu lintas',
    satuan: 'Kejadian',
    value: '9',
  },
};

export function realisationPairFor(testInfo: TestInfo) {
  const name = testInfo.project.name;
  if (name !== 'phone' && name !== 'desktop') throw new Error(`no realisation test pair for project ${name}`);
  return perProject[name];
}

/** A real 1×1 PNG (the server checks the content, not the name), as a phone photo stand-in. */
export const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The card of one indicator on the period view (a region named by its heading). */
export function ikiCard(page: Page, indicator: string): Locator {
  return page.getByRole('region', { name: new RegExp(escapeRegExp(indicator)) });
}

/** One piece of evidence in a card, found by its title. */
export function evidenceItem(card: Locator, title: string): Locator {
  return card.getByRole('listitem').filter({ has: card.page().getByRole('link', { name: new RegExp(`^${escapeRegExp(title)}`) }) });
}

/** A second browser with the project's screen, for the atasan beside the pegawai. */
export async function newProjectContext(browser: Browser, testInfo: TestInfo): Promise<BrowserContext> {
  const use = testInfo.project.use;
  return browser.newContext({
    baseURL: use.baseURL,
    viewport: use.viewport ?? null,
    hasTouch: use.hasTouch ?? false,
    isMobile: use.isMobile ?? false,
    locale: use.locale ?? 'id-ID',
    timezoneId: use.timezoneId ?? 'Asia/Jakarta',
  });
}

export async function expectSaved(card: Locator): Promise<void> {
  await expect(card.getByText('Realisasi tersimpan.')).toBeVisible();
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** As in accessibility.spec.ts: serious and critical findings fail; the rest are printed. */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = results.violations.filter((v) => !blocking.includes(v));
  if (minor.length > 0) console.log(`${label}: minor axe findings: ${minor.map((v) => v.id).join(', ')}`);
  const summary = blocking.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, `${label} has serious or critical accessibility violations`).toEqual([]);
}

/** The period can only be sent with every indicator filled: gives each still-empty one a value. */
export async function fillRemainingIndicators(page: Page, value: string): Promise<void> {
  const forms = page.getByRole('form', { name: /^Realisasi / });
  const count = await forms.count();
  for (let index = 0; index < count; index += 1) {
    const form = forms.nth(index);
    const input = form.getByLabel(/^Realisasi periode ini/);
    if ((await input.inputValue()) !== '') continue;
    await input.fill(value);
    await form.getByRole('button', { name: 'Simpan realisasi' }).click();
    await expect(form.getByText('Realisasi tersimpan.')).toBeVisible();
  }
}
