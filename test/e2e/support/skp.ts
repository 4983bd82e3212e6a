import { expect, type Page, type TestInfo } from '@playwright/test';
import type { SkpSummary, SkpView } from '../../../src/shared/schemas/planning';
import { openPage } from './ui';

/**
 * The SKP journeys change data, and the phone and desktop projects share one database, so each
 * project has its own pegawai (two staff of the same Kabid, whose SKP is approved, neither with an
 * SKP in the seed) and cascades a different one of the Kepala Puskesmas' two approved RHK.
 */
const kabidKebudayaan = { login: '196905121992121001', name: 'Ramli Putra' };

const perProject = {
  phone: { pegawai: { login: '199801242022031001', name: 'Indra Hamdani' }, atasan: kabidKebudayaan, cascadeRhkIndex: 0 },
  desktop: { pegawai: { login: '199407222019032011', name: 'Siti Aisyah' }, atasan: kabidKebudayaan, cascadeRhkIndex: 1 },
};

export const kapusTanahGaram = { login: '198204092009042002', name: 'dr. Yulia Rahmawati, M.K.M.' };

export function skpPeopleFor(testInfo: TestInfo) {
  const name = testInfo.project.name;
  if (name !== 'phone' && name !== 'desktop') throw new Error(`no SKP test people for project ${name}`);
  return perProject[name];
}

/** The status badge of the SKP on screen (the stepper repeats the same words, so read the badge). */
export function skpStatusBadge(page: Page) {
  return page.getByRole('region', { name: 'Status SKP' }).locator('.badge');
}

export async function openMySkp(page: Page): Promise<void> {
  await openPage(page, 'SKP saya');
}

/** Reads my SKP through the API with the browser's own session, as a test's side door. */
export async function mySkpThroughApi(page: Page): Promise<SkpView> {
  const list = await page.request.get('/api/skp', { params: { scope: 'mine' } });
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: SkpSummary[] };
  const first = items[0];
  if (!first) throw new Error('no SKP for the signed-in pegawai');
  const detail = await page.request.get(`/api/skp/${first.id}`);
  return (await detail.json()) as SkpView;
}

export async function csrfToken(page: Page): Promise<string> {
  const me = await page.request.get('/api/me');
  expect(me.ok()).toBe(true);
  return ((await me.json()) as { csrfToken: string }).csrfToken;
}

/** The demo seed opens the current performance year (a Kota Solok calendar year, WIB). */
export const demoYear = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
