import { z } from 'zod';
import { isoDate } from './dates';
import { idSchema } from './ids';
import { page, pageQuery } from './paging';

export const dialogueKind = z.enum(['EKSPEKTASI', 'BIMBINGAN', 'EVALUASI', 'LAINNYA']);
export type DialogueKind = z.infer<typeof dialogueKind>;
export const dialogueActionStatus = z.enum(['OPEN', 'DONE']);
export type DialogueActionStatus = z.infer<typeof dialogueActionStatus>;

/** Format B.1.8: the nine statements the pegawai answers after a coaching (PermenPANRB 6/2022 Lampiran). */
export const COACHING_STATEMENT_COUNT = 9;

export const dialogueInput = z.object({
  pegawaiId: idSchema,
  kind: dialogueKind,
  heldOn: isoDate,
  participants: z.string().trim().max(1000).default(''),
  topics: z.string().trim().min(1, 'wajib diisi').max(4000),
  actions: z
    .array(z.object({ text: z.string().trim().min(1, 'wajib diisi').max(1000), dueOn: isoDate.nullable().optional() }))
    .max(20)
    .default([]),
});
export type DialogueInput = z.infer<typeof dialogueInput>;

export const dialogueActionView = z.object({ id: z.string(), text: z.string(), dueOn: z.string().nullable(), status: dialogueActionStatus, followUp: z.string(), updatedAt: z.string() });
export const dialogueView = z.object({
  id: z.string(),
  pegawai: z.object({ pegawaiId: z.string(), name: z.string(), nip: z.string() }),
  leader: z.object({ name: z.string(), pegawaiId: z.string().nullable() }),
  kind: dialogueKind,
  heldOn: z.string(),
  participants: z.string(),
  topics: z.string(),
  actions: z.array(dialogueActionView),
  /** The B.1.8 answers: visible to the pegawai who gave them and to the leader's superior, not to the leader. */
  coachingFeedback: z.object({ answers: z.array(z.boolean()), comment: z.string(), submittedAt: z.string() }).nullable(),
  coachingFeedbackGiven: z.boolean(),
  createdAt: z.string(),
  can: z.object({ updateActions: z.boolean(), giveCoachingFeedback: z.boolean() }),
});
export type DialogueView = z.infer<typeof dialogueView>;
export const dialogueQuery = pageQuery.extend({ pegawaiId: idSchema.optional() });
export const dialoguePage = page(dialogueView);
export const dialogueActionParams = z.object({ id: idSchema, actionId: idSchema });
export const dialogueActionUpdate = z.object({ status: dialogueActionStatus, followUp: z.string().trim().max(2000).default('') });
export const coachingFeedbackInput = z.object({
  answers: z.array(z.boolean()).length(COACHING_STATEMENT_COUNT, `jawab kesembilan pernyataan`),
  comment: z.string().trim().max(2000).default(''),
});
