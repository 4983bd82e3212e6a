import { z } from 'zod';
import { JENIS_ASN, JENIS_JABATAN } from '../../domain/jabatan';
import { endsAfterStart, isoDate, validityFields } from './dates';
import { idSchema } from './ids';
import { page, pageQuery } from './paging';

export const jenisJabatan = z.enum(JENIS_JABATAN);
export type JenisJabatanValue = z.infer<typeof jenisJabatan>;
export const jenisAsn = z.enum(JENIS_ASN);

export const opdKinds = ['SEKRETARIAT_DAERAH', 'SEKRETARIAT_DPRD', 'INSPEKTORAT', 'DINAS', 'BADAN', 'SATPOL_PP', 'RSUD', 'KECAMATAN'] as const;
export const unitKinds = [...opdKinds, 'SEKRETARIAT', 'BIDANG', 'BAGIAN', 'SUBBAGIAN', 'SEKSI', 'SUBBIDANG', 'UPT', 'PUSKESMAS', 'SEKOLAH', 'KELURAHAN'] as const;
export const unitKind = z.enum(unitKinds);
export const sex = z.enum(['L', 'P']);
export type Sex = z.infer<typeof sex>;

export const unitNode = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  parentId: z.string().nullable(),
  isOpd: z.boolean(),
  pegawaiCount: z.number(),
  head: z.object({ pegawaiId: z.string(), name: z.string(), acting: z.boolean() }).nullable(),
});
export type UnitNode = z.infer<typeof unitNode>;
export const unitTree = z.object({ items: z.array(unitNode) });

const pegawaiRef = z.object({ pegawaiId: z.string(), name: z.string(), nip: z.string(), acting: z.boolean() });
export const unitDetail = z.object({
  unit: unitNode,
  path: z.array(z.object({ id: z.string(), name: z.string() })),
  jabatan: z.array(
    z.object({ id: z.string(), name: z.string(), jenis: jenisJabatan, jenjang: z.string().nullable(), isHead: z.boolean(), holders: z.array(pegawaiRef) }),
  ),
  children: z.array(unitNode),
});
export type UnitDetail = z.infer<typeof unitDetail>;

export const chainSource = z.enum(['UNIT_HEAD', 'PARENT_UNIT_HEAD', 'ACTING_HEAD', 'OVERRIDE', 'SEKDA_DEFAULT', 'WALI_KOTA_DEFAULT', 'DERIVED_FROM_ATASAN']);
export const chainLink = z.object({
  kind: z.enum(['PEGAWAI', 'OFFICIAL']),
  id: z.string(),
  name: z.string(),
  nip: z.string().nullable(),
  jabatan: z.string().nullable(),
  source: z.string(),
  sourceLabel: z.string(),
  unitName: z.string().nullable(),
  acting: z.boolean(),
});
export type ChainLinkView = z.infer<typeof chainLink>;
export const penilaiChainView = z.object({
  atasanLangsung: chainLink.nullable(),
  pejabatPenilai: chainLink.nullable(),
  atasanPejabatPenilai: chainLink.nullable(),
  complete: z.boolean(),
  problems: z.array(z.object({ link: z.string(), code: z.string(), message: z.string() })),
  asOf: z.string(),
});
export type PenilaiChainView = z.infer<typeof penilaiChainView>;

export const pegawaiSummary = z.object({
  id: z.string(),
  nip: z.string(),
  name: z.string(),
  jenisAsn: jenisAsn,
  jabatan: z.object({ name: z.string(), jenis: jenisJabatan }).nullable(),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  opd: z.object({ id: z.string(), name: z.string() }).nullable(),
  chainComplete: z.boolean(),
});
export type PegawaiSummary = z.infer<typeof pegawaiSummary>;

export const pegawaiListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  opdId: idSchema.optional(),
  unitId: idSchema.optional(),
  jenisJabatan: jenisJabatan.optional(),
  chain: z.enum(['incomplete']).optional(),
});
export type PegawaiListQuery = z.infer<typeof pegawaiListQuery>;
export const pegawaiPage = page(pegawaiSummary);
export type PegawaiPage = z.infer<typeof pegawaiPage>;

export const placementView = z.object({
  id: z.string(),
  jabatan: z.object({ id: z.string(), name: z.string(), jenis: jenisJabatan, isHead: z.boolean() }),
  unit: z.object({ id: z.string(), name: z.string() }),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  acting: z.boolean(),
  note: z.string().nullable(),
});
export const overrideView = z.object({
  id: z.string(),
  atasan: z.object({ pegawaiId: z.string(), name: z.string(), nip: z.string() }),
  reason: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  createdBy: z.string().nullable(),
});

export const pegawaiDetail = pegawaiSummary.extend({
  gelarDepan: z.string().nullable(),
  gelarBelakang: z.string().nullable(),
  pangkatGolongan: z.string().nullable(),
  sex,
  birthDate: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  placements: z.array(placementView),
  overrides: z.array(overrideView),
  chain: penilaiChainView,
  can: z.object({ override: z.boolean(), transfer: z.boolean() }),
});
export type PegawaiDetail = z.infer<typeof pegawaiDetail>;

/** A reason a person gives for a change to the organisation's history. */
const reason = z.string().trim().min(5, 'alasan minimal 5 karakter').max(500);

export const createOverrideRequest = endsAfterStart(z.object({ atasanPegawaiId: idSchema, reason, ...validityFields }));
export type CreateOverrideRequest = z.infer<typeof createOverrideRequest>;
export const endOverrideParams = z.object({ id: idSchema, overrideId: idSchema });
export const endOverrideRequest = z.object({ validTo: isoDate });

export const transferRequest = z.object({
  jabatanId: idSchema,
  validFrom: isoDate,
  acting: z.boolean().default(false),
  note: z.string().trim().max(500).optional(),
});
export type TransferRequest = z.infer<typeof transferRequest>;
export const chainQuery = z.object({ date: isoDate.optional() });

/** A definitive holder's absence (cuti, sakit, tugas belajar…): while it lasts a Plt may hold the post. */
export const absenceRequest = endsAfterStart(z.object({ reason, ...validityFields }));
export type AbsenceRequest = z.infer<typeof absenceRequest>;
export const absenceView = z.object({ id: idSchema, pegawaiId: idSchema, reason: z.string(), validFrom: z.string(), validTo: z.string().nullable() });

/** BKPSDM's delegation of penilai authority to a post below Pengawas, with its dasar hukum. */
export const delegationRequest = endsAfterStart(z.object({ dasarHukum: z.string().trim().min(5, 'dasar hukum minimal 5 karakter').max(500), ...validityFields }));
export type DelegationRequest = z.infer<typeof delegationRequest>;
export const delegationView = z.object({ id: idSchema, jabatanId: idSchema, dasarHukum: z.string(), validFrom: z.string(), validTo: z.string().nullable(), chainsChanged: z.number().int() });

