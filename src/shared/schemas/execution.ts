import { z } from 'zod';
import { idSchema } from './ids';
import { aspek, direction, ikiAccumulation, ikiView, pendekatan, periodView, rhkJenis, skpStatus } from './planning';
import { ikiSourceView } from './public-service';

/** Bukti dukung: what may be uploaded, checked by content (file-type), not by the name. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const evidenceTypes = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WEBP',
  'image/heic': 'HEIC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
} as const;
export type EvidenceContentType = keyof typeof evidenceTypes;

export const evidenceKind = z.enum(['FILE', 'LINK']);
export const evidenceStatus = z.enum(['PENDING', 'ACCEPTED', 'REJECTED']);
export type EvidenceKind = z.infer<typeof evidenceKind>;
export type EvidenceStatus = z.infer<typeof evidenceStatus>;

export const evidenceView = z.object({
  id: z.string(),
  ikiId: z.string(),
  periodId: z.string(),
  kind: evidenceKind,
  title: z.string(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  contentType: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  status: evidenceStatus,
  reviewReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewerName: z.string().nullable(),
  createdAt: z.string(),
  can: z.object({ delete: z.boolean(), review: z.boolean() }),
});
export type EvidenceView = z.infer<typeof evidenceView>;

export const feedbackOnRow = z.object({ id: z.string(), fromName: z.string(), relation: z.string(), text: z.string(), createdAt: z.string() });

export const realisationView = z.object({
  value: z.number().nullable(),
  narrative: z.string(),
  rencanaAksi: z.string(),
  updatedAt: z.string(),
});

export const ikiPeriodRow = ikiView.extend({
  accumulation: ikiAccumulation,
  realisation: realisationView.nullable(),
  /** The year to date as the accumulation rule adds the periods up, and its capaian (% of target, capped). */
  yearToDate: z.number().nullable(),
  capaian: z.number().nullable(),
  evidence: z.array(evidenceView),
  /** Service-fed IKI: the realisation is computed, not typed; this says from what. */
  source: ikiSourceView.nullable().optional(),
});
export type IkiPeriodRow = z.infer<typeof ikiPeriodRow>;

export const periodRealisationView = z.object({
  skp: z.object({ id: z.string(), year: z.number(), status: skpStatus, pendekatan, pegawaiId: z.string(), pegawaiName: z.string(), nip: z.string() }),
  period: periodView,
  periods: z.array(periodView.extend({ submittedAt: z.string().nullable() })),
  rhk: z.array(
    z.object({
      id: z.string(),
      jenis: rhkJenis,
      text: z.string(),
      capaian: z.number().nullable(),
      iki: z.array(ikiPeriodRow),
      feedback: z.array(feedbackOnRow),
    }),
  ),
  perilaku: z.array(z.object({ code: z.string(), name: z.string(), ekspektasi: z.string(), feedback: z.array(feedbackOnRow) })),
  capaian: z.number().nullable(),
  submittedAt: z.string().nullable(),
  /** Submitted after the deadline (kept for good), or the deadline passed without a submission. */
  late: z.boolean(),
  /** The penilai reopened the submitted period (why, and when); null while it is locked or never submitted. */
  reopened: z.object({ at: z.string(), reason: z.string() }).nullable().optional(),
  /** A newer SKP revision is being drafted: these indicators are those of the approved revision (issue #16). */
  underRevision: z.boolean().optional(),
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), giveFeedback: z.boolean(), reopen: z.boolean().optional() }),
});
export type PeriodRealisationView = z.infer<typeof periodRealisationView>;

export const periodParams = z.object({ id: idSchema, periodId: idSchema });
export const ikiPeriodParams = z.object({ id: idSchema, periodId: idSchema, ikiId: idSchema });
export const skpIkiParams = z.object({ id: idSchema, ikiId: idSchema });

export const realisationInput = z.object({
  value: z.number().finite().nullable().optional(),
  narrative: z.string().trim().max(4000).default(''),
  rencanaAksi: z.string().trim().max(2000).default(''),
});
export type RealisationInput = z.infer<typeof realisationInput>;

export const evidenceLinkInput = z.object({
  title: z.string().trim().min(1, 'wajib diisi').max(200),
  url: z
    .string()
    .trim()
    .max(2000)
    .url('alamat tautan tidak valid')
    .refine((u) => /^https?:\/\//i.test(u), 'tautan harus diawali http:// atau https://'),
});
export const evidenceReviewInput = z
  .object({ decision: z.enum(['ACCEPTED', 'REJECTED']), reason: z.string().trim().max(1000).optional() })
  .refine((v) => v.decision === 'ACCEPTED' || (v.reason ?? '').length > 0, { path: ['reason'], message: 'alasan penolakan wajib diisi' });

export const accumulationInput = z.object({ accumulation: ikiAccumulation.nullable() });
export const reopenPeriodInput = z.object({ reason: z.string().trim().min(5, 'alasan minimal 5 karakter').max(1000) });

/** The chart: each IKI's realisation per period against its target. */
export const skpProgressView = z.object({
  skpId: z.string(),
  periods: z.array(z.object({ id: z.string(), name: z.string(), endsOn: z.string() })),
  iki: z.array(
    z.object({
      id: z.string(),
      rhkId: z.string(),
      rhkText: z.string(),
      aspek,
      indicator: z.string(),
      satuan: z.string().nullable(),
      targetValue: z.number().nullable(),
      direction,
      accumulation: ikiAccumulation,
      points: z.array(z.object({ periodId: z.string(), value: z.number().nullable(), yearToDate: z.number().nullable(), capaian: z.number().nullable() })),
      /** Service-fed IKI: where the computed values come from (described for the latest period with data). */
      source: ikiSourceView.nullable().optional(),
    }),
  ),
  rhk: z.array(z.object({ id: z.string(), text: z.string(), capaian: z.array(z.number().nullable()) })),
  capaian: z.array(z.number().nullable()),
});
export type SkpProgressView = z.infer<typeof skpProgressView>;

/** The atasan's team view for one period: who is late, what awaits review. */
export const teamRealisationQuery = z.object({ periodId: idSchema.optional() });
export const teamRealisationView = z.object({
  period: periodView.nullable(),
  periods: z.array(periodView),
  items: z.array(
    z.object({
      pegawaiId: z.string(),
      name: z.string(),
      nip: z.string(),
      jabatan: z.string().nullable(),
      relation: z.enum(['ATASAN', 'PENILAI']),
      skpId: z.string().nullable(),
      skpStatus: skpStatus.nullable(),
      ikiTotal: z.number(),
      ikiFilled: z.number(),
      /** Of ikiTotal, those whose realisation is computed from service data (counted as filled). */
      ikiServiceFed: z.number().optional(),
      submittedAt: z.string().nullable(),
      late: z.boolean(),
      pendingEvidence: z.number(),
      capaian: z.number().nullable(),
    }),
  ),
});
export type TeamRealisationView = z.infer<typeof teamRealisationView>;
