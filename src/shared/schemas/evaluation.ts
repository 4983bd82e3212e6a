import { z } from 'zod';
import { evaluationStatuses } from '../../domain/evaluation-workflow';
import { orgPredikatOrder } from '../../domain/kurva';
import { predikatOrder, ratings } from '../../domain/predikat';
import { feedback360Aggregate } from './feedback360';
import { periodRealisationView } from './execution';
import { idSchema } from './ids';
import { page } from './paging';
import { periodView, yearNumber } from './planning';

/**
 * Evaluation contracts (issue #6): organisation predikat, the rating screen with penilaian diri,
 * calibration under the kurva distribusi, finalisation, keberatan, annual results.
 * Labels for the enums are in src/domain/predikat.ts (ratingLabel, predikatLabel) and
 * src/domain/kurva.ts (orgPredikatLabel).
 */
const text = (max: number) => z.string().trim().min(1, 'wajib diisi').max(max);

export const rating = z.enum(ratings);
export const predikat = z.enum(predikatOrder);
export const orgPredikat = z.enum(orgPredikatOrder);
export const evaluationStatus = z.enum(evaluationStatuses);
export const evaluationKind = z.enum(['PERIODIK', 'TAHUNAN']);
export type EvaluationKind = z.infer<typeof evaluationKind>;
export const curveEnforcement = z.enum(['soft', 'hard']);
export type CurveEnforcement = z.infer<typeof curveEnforcement>;
export const keberatanDecision = z.enum(['UPHELD', 'CHANGED']);
export type KeberatanDecision = z.infer<typeof keberatanDecision>;
/** Who a statement in a keberatan comes from. */
export const keberatanAuthorRole = z.enum(['PEGAWAI', 'PENILAI', 'ATASAN_PENILAI']);
export type KeberatanAuthorRole = z.infer<typeof keberatanAuthorRole>;
export const predikatCounts = z.object(Object.fromEntries(predikatOrder.map((p) => [p, z.number()])) as Record<(typeof predikatOrder)[number], z.ZodNumber>);

/** Which evaluation: a period of the year (PERIODIK) or the year itself (TAHUNAN, periodId null). */
const exactlyOneTarget = (q: { periodId?: string; year?: number }) => (q.periodId === undefined) !== (q.year === undefined);
const targetMessage = { message: 'isi periodId (periodik) atau year (tahunan), salah satu', path: ['periodId'] };
const targetFields = z.object({ periodId: idSchema.optional(), year: yearNumber.optional() });
export const evaluationTargetQuery = targetFields.refine(exactlyOneTarget, targetMessage);
export type EvaluationTargetQuery = z.infer<typeof evaluationTargetQuery>;

const person = z.object({ pegawaiId: z.string(), name: z.string(), nip: z.string(), pangkatGolongan: z.string().nullable(), jabatan: z.string().nullable(), unit: z.string().nullable() });
/** A pegawai, or an official without a NIP (the Wali Kota): then `person` is null and `official` names them. */
export const seatView = z.object({ person: person.nullable(), official: z.string().nullable() });

// ---- organisation predikat (SE MenPANRB 3/2023 step 1) ----
export const orgPredikatQuery = z.object({ year: yearNumber, periodId: idSchema.optional(), parentId: idSchema.optional() });
export const orgPredikatInput = z.object({ year: yearNumber, periodId: idSchema.nullable().default(null), predikat: orgPredikat, reason: text(2000) });
export type OrgPredikatInput = z.infer<typeof orgPredikatInput>;
export const orgPredikatView = z.object({
  unit: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string(), parentId: z.string().nullable(), hasChildren: z.boolean() }),
  year: z.number(),
  periodId: z.string().nullable(),
  /** Set for this unit itself; null when not set (then `inherited` may apply). */
  predikat: orgPredikat.nullable(),
  reason: z.string().nullable(),
  setAt: z.string().nullable(),
  setByName: z.string().nullable(),
  /** The nearest unit above with a predikat for the target, which the curve falls back to. */
  inherited: z.object({ unitId: z.string(), unitName: z.string(), predikat: orgPredikat }).nullable(),
  can: z.object({ set: z.boolean() }),
});
export type OrgPredikatView = z.infer<typeof orgPredikatView>;
export const orgPredikatList = z.object({ items: z.array(orgPredikatView) });

// ---- the rating screen ----
export const selfAssessmentInput = z.object({
  periodId: idSchema.nullable().default(null),
  rhk: z.array(z.object({ rhkId: idSchema, rating: rating.nullable().default(null), reflection: z.string().trim().max(1000).default('') })).max(50),
  perilaku: z.array(z.object({ code: z.string().max(40), rating: rating.nullable().default(null), reflection: z.string().trim().max(1000).default('') })).max(7),
});
export type SelfAssessmentInput = z.infer<typeof selfAssessmentInput>;

export const ratingsInput = z.object({
  periodId: idSchema.nullable().default(null),
  /** Every RHK of the SKP, once. */
  rhk: z.array(z.object({ rhkId: idSchema, rating, note: z.string().trim().max(2000).default('') })).min(1).max(50),
  /** Omitted for a unit head: their rating hasil kerja is the predikat of the unit they lead. */
  ratingHasilKerja: rating.optional(),
  ratingPerilaku: rating,
  justificationHasilKerja: text(4000),
  justificationPerilaku: text(4000),
});
export type RatingsInput = z.infer<typeof ratingsInput>;

/** An adjustment from the calibration screen: one or both overall ratings, always with its reason. */
export const calibrationAdjustInput = z
  .object({ ratingHasilKerja: rating.optional(), ratingPerilaku: rating.optional(), reason: text(2000) })
  .refine((v) => v.ratingHasilKerja !== undefined || v.ratingPerilaku !== undefined, { message: 'ubah minimal satu rating', path: ['ratingPerilaku'] });
export type CalibrationAdjustInput = z.infer<typeof calibrationAdjustInput>;

const keberatanView = z.object({
  id: z.string(),
  filedAt: z.string(),
  reasons: z.string(),
  statements: z.array(z.object({ id: z.string(), role: keberatanAuthorRole, name: z.string(), text: z.string(), createdAt: z.string() })),
  before: z.object({ ratingHasilKerja: rating, ratingPerilaku: rating, predikat }),
  decision: keberatanDecision.nullable(),
  decisionReason: z.string().nullable(),
  after: z.object({ ratingHasilKerja: rating, ratingPerilaku: rating, predikat }).nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
});
export type KeberatanView = z.infer<typeof keberatanView>;

export const curveViolation = z.object({ predikat: z.array(predikat), rule: z.enum(['MAX', 'MIN', 'REQUIRED', 'NONE']), limit: z.number(), actual: z.number() });
export const allowedRange = z.object({ predikat: z.array(predikat), rule: z.enum(['MAX', 'MIN', 'REQUIRED', 'NONE']), min: z.number(), max: z.number() });

export const angkaKreditView = z.object({ jenjang: z.string().nullable(), koefisien: z.number().nullable(), bulan: z.number(), angkaKredit: z.number().nullable() });

export const evaluationView = z.object({
  /** Null until someone writes to it (the pegawai's penilaian diri or the penilai's rating). */
  id: z.string().nullable(),
  kind: evaluationKind,
  skpId: z.string(),
  year: z.number(),
  period: periodView.nullable(),
  status: evaluationStatus,
  pegawai: person,
  penilai: seatView,
  atasanPenilai: seatView,
  /** For the head of a unit: the unit, its organisation predikat and the rating hasil kerja it gives. */
  /** The unit's own predikat only (never an ancestor's); null until set, with whether the caller may set it. */
  unitHead: z.object({ unitId: z.string(), unitName: z.string(), orgPredikat: orgPredikat.nullable(), ratingHasilKerja: rating.nullable(), canSetOrgPredikat: z.boolean() }).nullable(),
  /** Why the penilai may not rate yet (the period has not ended, realisation not submitted while its deadline runs). */
  waitingFor: z.array(z.string()),
  /** Realisation, capaian, evidence and feedback of the period (annual: the last period, year to date). */
  realisation: periodRealisationView.nullable(),
  /** The 360 aggregate; null under the anonymity threshold. */
  feedback360: feedback360Aggregate.nullable(),
  selfAssessment: z.object({
    submittedAt: z.string().nullable(),
    rhk: z.array(z.object({ rhkId: z.string(), rating: rating.nullable(), reflection: z.string() })),
    perilaku: z.array(z.object({ code: z.string(), name: z.string(), rating: rating.nullable(), reflection: z.string() })),
  }),
  ratings: z.object({
    rhk: z.array(z.object({ rhkId: z.string(), jenis: z.enum(['UTAMA', 'TAMBAHAN']), text: z.string(), rating: rating.nullable(), note: z.string() })),
    ratingHasilKerja: rating.nullable(),
    ratingPerilaku: rating.nullable(),
    justificationHasilKerja: z.string(),
    justificationPerilaku: z.string(),
    predikat: predikat.nullable(),
    /** Rated but not finalised: the predikat may still change (shown as "sementara"). */
    provisional: z.boolean(),
    ratedAt: z.string().nullable(),
    /** Periods rated without submitted realisation (their deadline had passed). */
    realisationUnsubmitted: z.array(z.string()),
    ratedBeforeEnd: z.boolean(),
  }),
  curve: z.object({ orgPredikat: orgPredikat.nullable(), unitName: z.string().nullable(), enforcement: curveEnforcement.nullable(), counts: predikatCounts.nullable(), violations: z.array(curveViolation), justification: z.string().nullable() }).nullable(),
  finalisedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  /** Last day (Solok calendar) a keberatan may be filed; null before finalisation. */
  objectionDeadline: z.string().nullable(),
  keberatan: keberatanView.nullable(),
  angkaKredit: angkaKreditView.nullable(),
  can: z.object({
    selfAssess: z.boolean(),
    rate: z.boolean(),
    calibrate: z.boolean(),
    acknowledge: z.boolean(),
    object: z.boolean(),
    addStatement: z.boolean(),
    decide: z.boolean(),
  }),
});
export type EvaluationView = z.infer<typeof evaluationView>;
export const skpEvaluationQuery = z.object({ periodId: idSchema.optional() });

// ---- acknowledgement and keberatan ----
export const keberatanInput = z.object({ reasons: text(4000) });
export const keberatanStatementInput = z.object({ text: text(4000) });
export const keberatanDecisionInput = z
  .object({ decision: keberatanDecision, ratingHasilKerja: rating.optional(), ratingPerilaku: rating.optional(), reason: text(4000) })
  .refine((v) => v.decision === 'UPHELD' || v.ratingHasilKerja !== undefined || v.ratingPerilaku !== undefined, { message: 'isi rating yang diubah', path: ['ratingPerilaku'] });
export type KeberatanDecisionInput = z.infer<typeof keberatanDecisionInput>;
/** The keberatan awaiting the caller's decision as atasan pejabat penilai, oldest first. */
export const pendingKeberatan = page(
  z.object({
    keberatanId: z.string(),
    evaluationId: z.string(),
    pegawai: z.object({ name: z.string(), nip: z.string() }),
    kind: evaluationKind,
    year: z.number(),
    periodName: z.string().nullable(),
    predikat: predikat,
    filedAt: z.string(),
    reasons: z.string(),
  }),
);
export type PendingKeberatan = z.infer<typeof pendingKeberatan>;

// ---- calibration: one penilai's group under the kurva distribusi ----
export const calibrationQuery = targetFields.extend({ penilaiPegawaiId: idSchema.optional() }).refine(exactlyOneTarget, targetMessage);
export const calibrationMember = z.object({
  pegawaiId: z.string(),
  name: z.string(),
  nip: z.string(),
  jabatan: z.string(),
  isUnitHead: z.boolean(),
  skpId: z.string(),
  evaluationId: z.string().nullable(),
  status: evaluationStatus,
  ratingHasilKerja: rating.nullable(),
  ratingPerilaku: rating.nullable(),
  predikat: predikat.nullable(),
});
export const calibrationView = z.object({
  kind: evaluationKind,
  year: z.number(),
  period: periodView.nullable(),
  penilai: seatView,
  /** The unit whose organisation predikat sets the curve (the penilai's unit, or the nearest above with one). */
  curveUnit: z.object({ id: z.string(), name: z.string() }).nullable(),
  orgPredikat: orgPredikat.nullable(),
  enforcement: curveEnforcement,
  members: z.array(calibrationMember),
  counts: predikatCounts,
  total: z.number(),
  rated: z.number(),
  /** Per rule of the curve for a group of `total`: fewest and most pegawai allowed. */
  allowed: z.array(allowedRange),
  /** Null without an organisation predikat. */
  check: z.object({ ok: z.boolean(), violations: z.array(curveViolation) }).nullable(),
  /** Whether any spread of `total` pegawai fits the curve (a group too small never does). */
  satisfiable: z.boolean(),
  /** Unit heads whose rating hasil kerja their own unit's predikat sets, when with them no spread fits the curve (never rated down to fit). */
  forcedMembers: z.array(z.string()),
  finalised: z.number(),
  can: z.object({ adjust: z.boolean(), finalise: z.boolean() }),
  /** Why finalisation would be refused now, in Bahasa Indonesia; empty when it would go through. */
  blockers: z.array(z.string()),
  /** Soft mode with a broken curve: finalisation needs a justification. */
  justificationRequired: z.boolean(),
});
export type CalibrationView = z.infer<typeof calibrationView>;

export const finaliseInput = z
  .object({ periodId: idSchema.nullable().default(null), year: yearNumber.optional(), justification: z.string().trim().max(4000).optional() })
  .refine((v) => v.periodId !== null || v.year !== undefined, { message: 'isi periodId (periodik) atau year (tahunan)', path: ['year'] });
export type FinaliseInput = z.infer<typeof finaliseInput>;
export const finaliseResult = z.object({ finalised: z.number(), calibration: calibrationView });

/** Every group's curve at once (BKPSDM, pimpinan, inspektorat; an admin OPD sees their OPDs). */
export const curveOverview = z.object({
  kind: evaluationKind,
  year: z.number(),
  periodId: z.string().nullable(),
  enforcement: curveEnforcement,
  groups: z.array(
    z.object({
      penilai: z.object({ pegawaiId: z.string().nullable(), name: z.string() }),
      curveUnit: z.object({ id: z.string(), name: z.string() }).nullable(),
      orgPredikat: orgPredikat.nullable(),
      total: z.number(),
      rated: z.number(),
      finalised: z.number(),
      counts: predikatCounts,
      ok: z.boolean().nullable(),
      violations: z.array(curveViolation),
    }),
  ),
});
export type CurveOverview = z.infer<typeof curveOverview>;

// ---- history ----
export const myEvaluationsQuery = z.object({ year: yearNumber });
export const myEvaluations = z.object({
  items: z.array(z.object({ skpId: z.string(), kind: evaluationKind, period: periodView.nullable(), evaluationId: z.string().nullable(), status: evaluationStatus, predikat: predikat.nullable(), provisional: z.boolean() })),
});
export const annualResults = z.object({
  pegawai: z.object({ pegawaiId: z.string(), name: z.string(), nip: z.string() }),
  items: z.array(
    z.object({
      year: z.number(),
      evaluationId: z.string(),
      skpId: z.string(),
      jabatan: z.string(),
      predikat,
      /** Changed by a keberatan decision. */
      decided: z.boolean(),
      finalisedAt: z.string(),
      angkaKredit: angkaKreditView.nullable(),
    }),
  ),
  /** Σ angka kredit over the years listed (JF only). */
  totalAngkaKredit: z.number().nullable(),
});
export type AnnualResults = z.infer<typeof annualResults>;
