import { badan } from './org-badan';
import { dinas } from './org-dinas';
import { kecamatanList } from './org-kecamatan';
import { dinasKesehatan, rsud } from './org-kesehatan';
import { dinasPendidikan } from './org-pendidikan';
import { inspektorat, sekretariatDaerah, sekretariatDprd } from './org-pemerintahan';
import type { UnitSpec } from './org-spec';

/**
 * Every OPD of the Kota Solok demo, in the order the unit tree lists them. The OPD list follows
 * domain.md §9 and the usual SOTK of a kota this size; names not confirmed there are typical ones.
 */
export const organisationCatalogue: UnitSpec[] = [
  sekretariatDaerah,
  sekretariatDprd,
  inspektorat,
  ...badan,
  dinasPendidikan,
  dinasKesehatan,
  ...dinas,
  rsud,
  ...kecamatanList,
];

/** Mid-year transfers (1 July 2025): the first plain staff member of `to` came from the first staff post of `from`. */
export const transfers: { to: string; from: string }[] = [
  { to: 'DISHUB-SEKR', from: 'DISKOMINFO-SEKR' },
  { to: 'DPUPR-SEKR', from: 'DLH-SEKR' },
  { to: 'BKPSDM-SEKR', from: 'BAPPEDA-SEKR' },
  { to: 'KEL-LAING', from: 'DISDUKCAPIL-BID1' },
  { to: 'SDN03', from: 'SDN05' },
];

export const TRANSFER_DATE = '2025-07-01';
export const PLT_DATE = '2025-10-01';

/** BKPSDM's atasan override: the first plain staff member of `unit` reports to the head of `atasanHeadOf`. */
export const atasanOverrides: { unit: string; atasanHeadOf: string; reason: string; validFrom: string }[] = [
  {
    unit: 'DISKOMINFO-STATSANDI',
    atasanHeadOf: 'DISKOMINFO-APTIKA',
    reason: 'Diperbantukan pada Bidang Aplikasi Informatika untuk pengembangan aplikasi kinerja daerah, berdasarkan surat perintah Kepala Dinas Komunikasi dan Informatika.',
    validFrom: '2025-07-01',
  },
];
