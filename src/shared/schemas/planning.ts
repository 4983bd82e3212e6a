import { z } from 'zod';
import { skpStatuses } from '../../domain/skp-workflow';
import { isoDate } from './dates';
import { idSchema } from './ids';
import { page, pageQuery } from './paging';
import { serviceSourceKind } from './public-service';

const text = (max: number) => z.string().trim().min(1, 'wajib diisi').max(max);
export const yearNumber = z.coerce.number().int().min(2000).max(2100);

// ---- performance years and periods ----
export const periodStatus = z.enum(['OPEN', 'CLOSED']);
export type PeriodStatus = z.infer<typeof periodStatus>;
export const periodView = z.object({
  id: z.string(),
  seq: z.number(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  realisationCloses: z.string(),
  evaluationCloses: z.string(),
  status: periodStatus,
});
export const yearView = z.object({
  id: z.string(),
  year: z.number(),
  granularity: z.enum(['monthly', 'quarterly']),
  status: periodStatus,
  planningCloses: z.string().nullable(),
  periods: z.array(periodView),
});
export type YearView = z.infer<typeof yearView>;
export const yearList = z.object({ items: z.array(yearView) });
export const createYearRequest = z.object({
  year: yearNumber,
  granularity: z.enum(['monthly', 'quarterly']).optional(),
  planningCloses: isoDate.nullable().optional(),
});
export const periodStatusRequest = z.object({ status: periodStatus });

// ---- organisation goals (Perjanjian Kinerja / IKU) ----
/** Whether a higher or a lower realisation is the better one (of an IKU or an IKI). */
export const direction = z.enum(['HIGHER', 'LOWER']);
export const orgGoalInput = z.object({
  opdId: idSchema,
  year: yearNumber,
  code: z.string().trim().min(1).max(30),
  sasaran: text(500),
  indicator: text(500),
  satuan: text(50),
  target: z.number().finite(),
  direction,
  baseline: z.number().finite().nullable().optional(),
});
export type OrgGoalInput = z.infer<typeof orgGoalInput>;
export const orgGoalView = orgGoalInput.extend({ id: z.string(), opdName: z.string(), baseline: z.number().nullable(), supportedBy: z.number() });
export type OrgGoalView = z.infer<typeof orgGoalView>;
export const orgGoalList = z.object({ items: z.array(orgGoalView) });
export const orgGoalQuery = z.object({ opdId: idSchema.optional(), year: yearNumber.optional() });

// ---- SKP ----
export const skpStatus = z.enum(skpStatuses);
export const aspek = z.enum(['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA']);
export const perspektif = z.enum(['PENERIMA_LAYANAN', 'PENGUATAN_INTERNAL', 'ANGGARAN', 'PROSES_BISNIS']);

export const ikiAccumulation = z.enum(['SUM', 'AVERAGE', 'LAST']);
export const rhkJenis = z.enum(['UTAMA', 'TAMBAHAN']);
export type RhkJenis = z.infer<typeof rhkJenis>;
export const pendekatan = z.enum(['KUANTITATIF', 'KUALITATIF']);
export type Pendekatan = z.infer<typeof pendekatan>;

export const ikiInput = z
  .object({
    aspek,
    indicator: text(500),
    targetValue: z.number().finite().min(0, 'target tidak boleh negatif').nullable().optional(),
    targetText: z.string().trim().max(500).nullable().optional(),
    satuan: z.string().trim().max(50).nullable().optional(),
    direction: direction.default('HIGHER'),
    baseline: z.number().finite().nullable().optional(),
    perspektif: perspektif.nullable().optional(),
    // How the periods add up to the year; left out, the default that fits the IKI (domain/capaian.ts).
    accumulation: ikiAccumulation.nullable().optional(),
    // A service-fed IKI: its realisation is computed from a service unit's complaints or IKM (issue #7).
    // Left out, an existing IKI keeps its source; null removes it.
    sourceKind: serviceSourceKind.nullable().optional(),
    sourceUnitId: idSchema.nullable().optional(),
  })
  .refine((v) => v.targetValue != null || (v.targetText ?? '').length > 0, { path: ['targetValue'], message: 'isi target (angka) atau target naratif' })
  .refine((v) => (v.sourceKind == null) === (v.sourceUnitId == null), { path: ['sourceUnitId'], message: 'sumber data dan unit layanan diisi bersama' });
export type IkiInput = z.infer<typeof ikiInput>;

export const rhkInput = z.object({
  jenis: rhkJenis,
  text: text(1000),
  parentRhkId: idSchema.nullable().optional(),
  orgGoalId: idSchema.nullable().optional(),
  iki: z.array(ikiInput).min(1, 'setiap RHK memerlukan minimal satu indikator').max(8),
});
export type RhkInput = z.infer<typeof rhkInput>;

const personRef = z.object({ pegawaiId: z.string(), name: z.string(), nip: z.string(), pangkatGolongan: z.string().nullable(), jabatan: z.string().nullable(), unit: z.string().nullable() });
export type PersonRef = z.infer<typeof personRef>;

export const ikiView = z.object({
  id: z.string(),
  aspek,
  indicator: z.string(),
  targetValue: z.number().nullable(),
  targetText: z.string().nullable(),
  satuan: z.string().nullable(),
  direction,
  baseline: z.number().nullable(),
  perspektif: z.string().nullable(),
  /** How the periods add up to the year (absent in revisions approved before it was part of the plan). */
  accumulation: ikiAccumulation.optional(),
  /** Service-fed: where its realisation is computed from (null: entered by hand). */
  sourceKind: serviceSourceKind.nullable().optional(),
  sourceUnitId: z.string().nullable().optional(),
});
export const rhkView = z.object({
  id: z.string(),
  jenis: rhkJenis,
  text: z.string(),
  parent: z.object({ id: z.string(), text: z.string(), ownerName: z.string() }).nullable(),
  orgGoal: z.object({ id: z.string(), code: z.string(), indicator: z.string() }).nullable(),
  iki: z.array(ikiView),
});
export type RhkView = z.infer<typeof rhkView>;
export const perilakuView = z.object({ code: z.string(), name: z.string(), guides: z.array(z.string()), ekspektasi: z.string() });

export const skpContent = z.object({
  pendekatan,
  pegawai: personRef,
  penilai: personRef.nullable(),
  atasanPenilai: personRef.nullable(),
  penilaiOfficial: z.string().nullable(),
  instansiName: z.string(),
  rhk: z.array(rhkView),
  perilaku: z.array(perilakuView),
  lampiran: z.object({ sumberDaya: z.string(), skema: z.string(), konsekuensi: z.string() }),
});
export type SkpContent = z.infer<typeof skpContent>;

export const skpView = skpContent.extend({
  id: z.string(),
  year: z.number(),
  status: skpStatus,
  revision: z.number(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  returnNote: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  isJpt: z.boolean(),
  revisions: z.array(z.object({ revision: z.number(), approvedAt: z.string() })),
  /** RHK this SKP may intervene: the atasan's approved RHK (or, for a JPT, the OPD's IKU). */
  intervenable: z.array(z.object({ kind: z.enum(['RHK', 'IKU']), id: z.string(), text: z.string(), ownerName: z.string() })),
  can: z.object({ edit: z.boolean(), editPerilaku: z.boolean(), submit: z.boolean(), approve: z.boolean(), return: z.boolean(), revise: z.boolean(), cascade: z.boolean() }),
});
export type SkpView = z.infer<typeof skpView>;

export const skpRevisionView = z.object({ revision: z.number(), approvedAt: z.string(), approvedBy: z.string().nullable(), content: skpContent });

export const skpSummary = z.object({
  id: z.string(),
  year: z.number(),
  status: skpStatus,
  revision: z.number(),
  pegawai: z.object({ id: z.string(), name: z.string(), nip: z.string() }),
  jabatan: z.string(),
  rhkCount: z.number(),
  submittedAt: z.string().nullable(),
  validTo: z.string().nullable(),
});
export type SkpSummary = z.infer<typeof skpSummary>;
export const skpListQuery = pageQuery.extend({
  year: yearNumber.optional(),
  status: skpStatus.optional(),
  scope: z.enum(['mine', 'team', 'all']).default('mine'),
});
export const skpPage = page(skpSummary);

export const createSkpRequest = z.object({ year: yearNumber, pendekatan: pendekatan.default('KUANTITATIF') });
export const updateSkpRequest = z.object({
  pendekatan: pendekatan.optional(),
  lampiran: z.object({ sumberDaya: z.string().max(4000), skema: z.string().max(4000), konsekuensi: z.string().max(4000) }).partial().optional(),
});
export const perilakuRequest = z.object({ items: z.array(z.object({ code: z.string(), ekspektasi: z.string().trim().max(1000) })).max(7) });
export const returnRequest = z.object({ note: text(2000) });
export const rhkParams = z.object({ id: idSchema, rhkId: idSchema });
export const revisionParams = z.object({ id: idSchema, revision: z.coerce.number().int().min(1) });

export const cascadeRequest = z.object({
  sourceRhkId: idSchema,
  pegawaiIds: z.array(idSchema).min(1).max(500),
  text: z.string().trim().min(1).max(1000).optional(),
});
export const cascadeResult = z.object({ created: z.number(), alreadyLinked: z.number(), skpCreated: z.number(), locked: z.number() });

export const matrixView = z.object({
  year: z.number(),
  skpId: z.string().nullable(),
  rhk: z.array(z.object({ id: z.string(), text: z.string() })),
  subordinates: z.array(z.object({ pegawaiId: z.string(), name: z.string(), jabatan: z.string().nullable(), skpStatus: skpStatus.nullable(), linkedRhkIds: z.array(z.string()) })),
});
export type MatrixView = z.infer<typeof matrixView>;

// ---- pohon kinerja ----
export interface PohonNode {
  kind: 'IKU' | 'RHK';
  id: string;
  text: string;
  owner: string | null;
  jabatan: string | null;
  flags: ('UNLINKED' | 'UNSUPPORTED')[];
  children: PohonNode[];
}
export const pohonNode: z.ZodType<PohonNode> = z.lazy(() =>
  z.object({
    kind: z.enum(['IKU', 'RHK']),
    id: z.string(),
    text: z.string(),
    owner: z.string().nullable(),
    jabatan: z.string().nullable(),
    flags: z.array(z.enum(['UNLINKED', 'UNSUPPORTED'])),
    children: z.array(pohonNode),
  }),
);
export const pohonView = z.object({
  opd: z.object({ id: z.string(), name: z.string() }),
  year: z.number(),
  roots: z.array(pohonNode),
  /** RHK that intervene nothing (not linked up), shown apart so they are not missed. */
  unlinked: z.array(pohonNode),
  counts: z.object({ rhk: z.number(), unlinked: z.number(), unsupported: z.number() }),
});
export type PohonView = z.infer<typeof pohonView>;
export const pohonQuery = z.object({ opdId: idSchema, year: yearNumber });
