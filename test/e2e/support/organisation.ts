import type { APIRequestContext, TestInfo } from '@playwright/test';
import type { PegawaiPage } from '../../../src/shared/schemas/organisation';
import { demoLogins } from '../../../src/server/seed/demo-accounts';
import { signInAdminApi } from './admin-api';

/** A seeded pegawai who is not a demo account, so no other story signs in as them or changes them. */
export interface SeededPegawai {
  nip: string;
  /** As the list and profile show it, with gelar. */
  name: string;
  /** As unit posts show it (the name without gelar). */
  plainName: string;
}

/**
 * The organisation stories change chains and add pegawai, so each project (phone, desktop) works
 * on its own people: the two never clash on the one shared server, in whatever order they run.
 */
const perProject = {
  phone: {
    override: {
      unit: 'Puskesmas KTK',
      pegawai: { nip: '199402282018121001', name: 'Nasrul Efendi, A.Md.Kep.', plainName: 'Nasrul Efendi' },
      atasan: { nip: '199608012019032001', name: 'dr. Yulia Melati, M.Biomed.', plainName: 'Yulia Melati' },
      reason: 'Penugasan tim uji ponsel',
    },
    plainPegawai: { nip: '199106162013021001', name: 'Fikri Rahman, A.Md.', plainName: 'Fikri Rahman' },
    otherOpdPegawaiNip: '199905122024011001',
    imported: [
      { nip: '199001012024011201', name: 'Uji Impor Ponsel Satu' },
      { nip: '199001012024011202', name: 'Uji Impor Ponsel Dua' },
      { nip: '199001012024011203', name: 'Uji Impor Ponsel Tiga' },
    ],
  },
  desktop: {
    override: {
      unit: 'Puskesmas Nan Balimo',
      pegawai: { nip: '198511122008031001', name: 'Edwar Rahman, A.Md.Kep.', plainName: 'Edwar Rahman' },
      atasan: { nip: '198801102014012001', name: 'dr. Irma Melati', plainName: 'Irma Melati' },
      reason: 'Penugasan tim uji desktop',
    },
    plainPegawai: { nip: '197404112002031001', name: 'Harmen Kurniawan, S.Sos.', plainName: 'Harmen Kurniawan' },
    otherOpdPegawaiNip: '198807182015122001',
    imported: [
      { nip: '199001012024011301', name: 'Uji Impor Desktop Satu' },
      { nip: '199001012024011302', name: 'Uji Impor Desktop Dua' },
      { nip: '199001012024011303', name: 'Uji Impor Desktop Tiga' },
    ],
  },
} satisfies Record<string, unknown>;

export function organisationDataFor(testInfo: TestInfo) {
  const name = testInfo.project.name;
  if (name !== 'phone' && name !== 'desktop') throw new Error(`no organisation test data for project ${name}`);
  return perProject[name];
}

/** Read-only for every project: the atasan of 25 in the demo. */
export const kepalaPuskesmas = { login: demoLogins.kapusTanahGaram, name: 'dr. Yulia Rahmawati, M.K.M.' };

/** The id behind a NIP, looked up as the BKPSDM admin in the test's own API context. */
export async function pegawaiIdByNip(request: APIRequestContext, nip: string): Promise<string> {
  await signInAdminApi(request);
  const reply = await request.get('/api/pegawai', { params: { q: nip, limit: 5 } });
  if (!reply.ok()) throw new Error(`pegawai search failed: ${reply.status()} ${await reply.text()}`);
  const found = ((await reply.json()) as PegawaiPage).items.find((item) => item.nip === nip);
  if (!found) throw new Error(`pegawai ${nip} is not in the demo any more; pick another in test/e2e/support/organisation.ts`);
  return found.id;
}
