import AxeBuilder from '@axe-core/playwright';
import { expect, request as playwrightRequest, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import type { AuditPage } from '../../../src/shared/schemas/audit';
import type { LoginResponse } from '../../../src/shared/schemas/auth';
import type { CalibrationView } from '../../../src/shared/schemas/evaluation';
import type { SkpView } from '../../../src/shared/schemas/planning';
import { admin, DEMO_PASSWORD } from './demo';
import { demoYear } from './skp';

/**
 * The evaluation journeys change data, and the phone and desktop projects share one database, so
 * each project rates its own team: a kepala sekolah and five guru of their school. The seed gives
 * the kepala sekolah an approved SKP (handed down by the Kabid SD) and the guru none; the setup
 * has the five draft, submit and get theirs approved through the API.
 */
/** The Kepala Bidang Pembinaan SD: atasan of both kepala sekolah, so the atasan penilai of both teams. */
const kabidSd = { login: '197209211996032001', name: 'Betri Melati' };

const perProject = {
  phone: {
    atasanPenilai: kabidSd,
    penilai: { login: '197412082000011001', name: 'Asrul Jambak' },
    team: [
      { login: '197202141995121001', name: 'Tomi Munir' },
      { login: '199201052023212001', name: 'Kartini Putri' },
      { login: '199607142021211001', name: 'Eko Saputra' },
      { login: '198503282021211001', name: 'Yondri Yunus' },
      { login: '199011182012012001', name: 'Eli Putri' },
    ],
  },
  desktop: {
    atasanPenilai: kabidSd,
    penilai: { login: '196807131993031001', name: 'Yusrizal Putra' },
    team: [
      { login: '197608192002022001', name: 'Vivi' },
      { login: '198103212005041001', name: 'Alfian Putra' },
      { login: '198709042021211001', name: 'Efrizal Chaniago' },
      { login: '199404102021212001', name: 'Asmaniar Oktavia' },
      { login: '198104062022211001', name: 'Asrul Yunus' },
    ],
  },
};

export function evaluationPeopleFor(testInfo: TestInfo) {
  const name = testInfo.project.name;
  if (name !== 'phone' && name !== 'desktop') throw new Error(`no evaluation test people for project ${name}`);
  return perProject[name];
}

export type ApiSession = Awaited<ReturnType<typeof apiSession>>;

/** A signed-in API session of its own (cookie jar and CSRF token), apart from the browser's. */
export async function apiSession(baseURL: string, login: string) {
  const context: APIRequestContext = await playwrightRequest.newContext({ baseURL });
  const reply = await context.post('/api/auth/login', { data: { login, password: DEMO_PASSWORD } });
  if (!reply.ok()) throw new Error(`sign-in of ${login} failed: ${reply.status()} ${await reply.text()}`);
  const headers = { 'x-csrf-token': ((await reply.json()) as LoginResponse).csrfToken };
  async function send<T>(method: 'GET' | 'POST' | 'PUT', url: string, data?: unknown): Promise<T> {
    const res = await context.fetch(`/api${url}`, { method, headers, ...(data === undefined ? {} : { data }) });
    if (!res.ok()) throw new Error(`${method} ${url} as ${login}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as T;
  }
  return {
    /** The status a write gets, for the refusals a journey checks. */
    statusOf: async (url: string, data: unknown) => (await context.fetch(`/api${url}`, { method: 'POST', headers, data })).status(),
    get: <T>(url: string) => send<T>('GET', url),
    post: <T>(url: string, data: unknown = {}) => send<T>('POST', url, data),
    put: <T>(url: string, data: unknown) => send<T>('PUT', url, data),
    dispose: () => context.dispose(),
  };
}

/** The periods of the demo year, first first: the journeys rate past periods named explicitly. */
export async function demoPeriods(session: ApiSession): Promise<{ id: string; name: string }[]> {
  const { items } = await session.get<{ items: { year: number; periods: { id: string; name: string }[] }[] }>('/years');
  const year = items.find((y) => y.year === demoYear);
  if (!year) throw new Error(`year ${demoYear} is not open`);
  return year.periods;
}

export interface TeamMember {
  name: string;
  login: string;
  skpId: string;
  rhkId: string;
}

/** Each of the five drafts an SKP whose RHK intervenes the kepala sekolah's and submits it; the kepala approves. */
export async function approveTeamSkp(baseURL: string, people: ReturnType<typeof evaluationPeopleFor>): Promise<TeamMember[]> {
  const members: TeamMember[] = [];
  for (const person of people.team) {
    const own = await apiSession(baseURL, person.login);
    const draft = await own.post<SkpView>('/skp', { year: demoYear, pendekatan: 'KUANTITATIF' });
    const parent = draft.intervenable[0];
    if (!parent) throw new Error(`no RHK of the atasan for ${person.name} to intervene`);
    const iki = [{ aspek: 'KUANTITAS', indicator: 'Jumlah laporan hasil belajar siswa', targetValue: 4, satuan: 'Laporan', direction: 'HIGHER' }];
    const withRhk = await own.post<SkpView>(`/skp/${draft.id}/rhk`, { jenis: 'UTAMA', text: `Terlaksananya pembelajaran tuntas oleh ${person.name}`, parentRhkId: parent.id, iki });
    await own.post(`/skp/${draft.id}/submit`);
    await own.dispose();
    members.push({ ...person, skpId: draft.id, rhkId: withRhk.rhk[0]!.id });
  }
  const penilai = await apiSession(baseURL, people.penilai.login);
  for (const m of members) await penilai.post(`/skp/${m.skpId}/approve`);
  await penilai.dispose();
  return members;
}

/** The BKPSDM admin sets the organisation predikat of the penilai's unit for a period. */
export async function setOrgPredikat(baseURL: string, penilaiLogin: string, periodId: string, predikat: 'BAIK'): Promise<void> {
  const penilai = await apiSession(baseURL, penilaiLogin);
  const group = await penilai.get<CalibrationView>(`/calibration?periodId=${periodId}`);
  await penilai.dispose();
  if (!group.curveUnit) throw new Error('the penilai has no unit for the curve');
  const bkpsdm = await apiSession(baseURL, admin.login);
  await bkpsdm.put(`/units/${group.curveUnit.id}/org-predikat`, { year: demoYear, periodId, predikat, reason: 'Capaian IKU unit sesuai target (uji e2e).' });
  await bkpsdm.dispose();
}

export async function setCurveEnforcement(baseURL: string, value: 'soft' | 'hard'): Promise<void> {
  const bkpsdm = await apiSession(baseURL, admin.login);
  await bkpsdm.put('/settings/curveEnforcement', { value });
  await bkpsdm.dispose();
}

/** The penilai's ratings saved through the API (for the period whose rating screens are not the point). */
export async function rateThroughApi(baseURL: string, penilaiLogin: string, periodId: string, members: TeamMember[], rating: 'SESUAI'): Promise<void> {
  const penilai = await apiSession(baseURL, penilaiLogin);
  for (const m of members) {
    await penilai.put(`/skp/${m.skpId}/evaluation/ratings`, {
      periodId,
      rhk: [{ rhkId: m.rhkId, rating }],
      ratingHasilKerja: rating,
      ratingPerilaku: rating,
      justificationHasilKerja: 'Target triwulan tercapai.',
      justificationPerilaku: 'Berorientasi pelayanan dan kolaboratif.',
    });
  }
  await penilai.dispose();
}

export async function auditEntries(baseURL: string, action: string): Promise<AuditPage['items']> {
  const bkpsdm = await apiSession(baseURL, admin.login);
  const page = await bkpsdm.get<AuditPage>(`/audit?action=${encodeURIComponent(action)}&limit=100`);
  await bkpsdm.dispose();
  return page.items;
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Only serious and critical findings fail, as in accessibility.spec.ts. */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = blocking.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, `${label} has serious or critical accessibility violations`).toEqual([]);
}
