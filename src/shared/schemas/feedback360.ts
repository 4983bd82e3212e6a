import { z } from 'zod';
import { idSchema } from './ids';

/** Fewer answers than this and nothing is shown to anyone: a small group would reveal who said what. */
export const FEEDBACK360_MIN_RATERS = 3;
export const FEEDBACK360_SCALE = { min: 1, max: 5 } as const;

export const raterRelation = z.enum(['REKAN', 'BAWAHAN', 'PENGGUNA_LAYANAN']);
export type RaterRelation = z.infer<typeof raterRelation>;

export const feedback360RequestInput = z.object({
  subjectPegawaiId: idSchema,
  periodId: idSchema,
  raters: z
    .array(
      z.union([
        z.object({ relation: z.enum(['REKAN', 'BAWAHAN']), pegawaiId: idSchema }),
        z.object({ relation: z.literal('PENGGUNA_LAYANAN'), label: z.string().trim().min(1, 'wajib diisi').max(200) }),
      ]),
    )
    .min(1)
    .max(20),
});

export const feedback360Created = z.object({
  created: z.number(),
  /** Service users have no account: each gets a one-time link, shown only in this reply. */
  serviceUserLinks: z.array(z.object({ label: z.string(), url: z.string() })),
});

const score = z.number().int().min(FEEDBACK360_SCALE.min).max(FEEDBACK360_SCALE.max);
export const feedback360Answer = z.object({
  /** One score per BerAKHLAK core value, keyed by its code. */
  scores: z.record(z.string(), score),
  comments: z.record(z.string(), z.string().trim().max(1000)).default({}),
});
export type Feedback360AnswerInput = z.infer<typeof feedback360Answer>;
export const feedback360Answered = z.object({ answeredAt: z.string() });

export const feedback360Aggregate = z.object({
  answered: z.number(),
  perValue: z.array(z.object({ code: z.string(), name: z.string(), mean: z.number(), count: z.number(), distribution: z.array(z.number()) })),
  /** Comments without their authors, in an order that does not follow the answers. */
  comments: z.array(z.object({ code: z.string(), text: z.string() })),
});

export const feedback360SubjectView = z.object({
  subject: z.object({ pegawaiId: z.string(), name: z.string() }),
  periodId: z.string(),
  asked: z.number(),
  /** Answers in the aggregate; unreleased answers are never counted here (ADR 007). */
  released: z.number(),
  threshold: z.number(),
  /** Released answers only: null until `threshold` colleagues answered, then grows in steps of `threshold` (ADR 007). */
  aggregate: feedback360Aggregate.nullable(),
  /** Who was asked, for the penilai, atasan penilai and BKPSDM; `answered` is always null (ADR 007). */
  raters: z.array(z.object({ requestId: z.string(), name: z.string(), relation: raterRelation, answered: z.boolean().nullable() })).nullable(),
  can: z.object({ request: z.boolean() }),
});
export type Feedback360SubjectView = z.infer<typeof feedback360SubjectView>;
export const feedback360SubjectParams = z.object({ pegawaiId: idSchema });
export const feedback360SubjectQuery = z.object({ periodId: idSchema });

export const feedback360Inbox = z.object({
  items: z.array(z.object({ requestId: z.string(), subjectName: z.string(), periodName: z.string(), relation: raterRelation, answeredAt: z.string().nullable() })),
});
export const feedback360TokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'tautan tidak valid') });
export const feedback360PublicForm = z.object({ subjectName: z.string(), periodName: z.string(), instansiName: z.string(), answered: z.boolean(), values: z.array(z.object({ code: z.string(), name: z.string(), guides: z.array(z.string()) })) });
