import { z } from 'zod';
import { idSchema } from './ids';
import { page, pageQuery } from './paging';

export const feedbackRelation = z.enum(['ATASAN', 'PENILAI', 'REKAN', 'BAWAHAN', 'LAINNYA']);
export type FeedbackRelation = z.infer<typeof feedbackRelation>;

/** Umpan balik berkelanjutan: on an RHK row or a core value in a period, or general, any time. */
export const feedbackInput = z
  .object({
    toPegawaiId: idSchema,
    text: z.string().trim().min(1, 'wajib diisi').max(2000),
    skpId: idSchema.optional(),
    periodId: idSchema.optional(),
    rhkId: idSchema.optional(),
    coreValue: z.string().max(40).optional(),
  })
  .refine((v) => !(v.rhkId && v.coreValue), { path: ['coreValue'], message: 'pilih RHK atau nilai BerAKHLAK, bukan keduanya' })
  .refine((v) => !(v.rhkId || v.coreValue || v.periodId) || v.skpId, { path: ['skpId'], message: 'umpan balik per baris memerlukan SKP' });
export type FeedbackInput = z.infer<typeof feedbackInput>;

export const feedbackView = z.object({
  id: z.string(),
  to: z.object({ pegawaiId: z.string(), name: z.string() }),
  from: z.object({ name: z.string(), pegawaiId: z.string().nullable() }),
  relation: feedbackRelation,
  skpId: z.string().nullable(),
  periodId: z.string().nullable(),
  periodName: z.string().nullable(),
  rhk: z.object({ id: z.string(), text: z.string() }).nullable(),
  coreValue: z.object({ code: z.string(), name: z.string() }).nullable(),
  text: z.string(),
  createdAt: z.string(),
});
export type FeedbackView = z.infer<typeof feedbackView>;

export const feedbackQuery = pageQuery.extend({
  /** received: to me (or to `pegawaiId` when I am their atasan); given: written by me. */
  direction: z.enum(['received', 'given']).default('received'),
  pegawaiId: idSchema.optional(),
});
export const feedbackPage = page(feedbackView);

/** People the caller has a working relation with (may write feedback to). */
export const feedbackRecipients = z.object({
  items: z.array(z.object({ pegawaiId: z.string(), name: z.string(), nip: z.string(), jabatan: z.string().nullable(), relation: feedbackRelation })),
});
