import { z } from 'zod';

/** A calendar date as it travels: 'YYYY-MM-DD'. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'format tanggal YYYY-MM-DD');

/** From when something holds and, when given, until when (placements, overrides, absences, delegations keep history). */
export const validityFields = { validFrom: isoDate, validTo: isoDate.nullable().optional() };

/** A request with validity fields that is refused when it would end before it starts. */
export const endsAfterStart = <T extends { validFrom: string; validTo?: string | null }>(schema: z.ZodType<T>) =>
  schema.refine((v) => !v.validTo || v.validTo >= v.validFrom, { path: ['validTo'], message: 'tanggal akhir tidak boleh sebelum tanggal mulai' });
