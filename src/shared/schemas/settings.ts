import { z } from 'zod';
import { orgPredikatToRating } from '../../domain/org-predikat';

/**
 * Settings a city may choose differently (design.md "Multi-instansi"). Each default is the
 * regulation's value or common practice; an instansi overrides it in the settings table.
 */
export const settingsSchema = z.object({
  curveEnforcement: z.enum(['soft', 'hard']).default('soft'),
  ikmWeight: z.union([z.literal(0.111), z.literal(1 / 9)]).default(0.111),
  periodGranularity: z.enum(['monthly', 'quarterly']).default('quarterly'),
  lockoutThreshold: z.number().int().min(3).max(20).default(5),
  lockoutMinutes: z.number().int().min(1).max(1440).default(15),
  objectionWindowDays: z.number().int().min(1).max(90).default(14),
  slaDayKind: z.enum(['calendar', 'working']).default('working'),
  slaFirstResponseDays: z.number().int().min(1).max(30).default(3),
  // Resolution standards by complaint type, KemenPANRB's ladder (domain.md §8.2): informasi and
  // keluhan 5, sengketa/pelanggaran without field checks 14, pengaduan needing field checks 60.
  slaInformasiDays: z.number().int().min(1).max(120).default(5),
  slaKeluhanDays: z.number().int().min(1).max(120).default(5),
  slaSengketaDays: z.number().int().min(1).max(120).default(14),
  slaPemeriksaanLapanganDays: z.number().int().min(1).max(180).default(60),
  ikmMinRespondents: z.number().int().min(1).max(10_000).default(150),
  // A unit head's rating hasil kerja from the predikat of the unit they lead (SE 3/2023, domain.md
  // §3.4). The 5 → 3 mapping is not in the retrieved regulation text, so each step is a setting.
  headRatingIstimewa: z.enum(['DI_ATAS', 'SESUAI', 'DI_BAWAH']).default(orgPredikatToRating.ISTIMEWA),
  headRatingBaik: z.enum(['DI_ATAS', 'SESUAI', 'DI_BAWAH']).default(orgPredikatToRating.BAIK),
  headRatingButuhPerbaikan: z.enum(['DI_ATAS', 'SESUAI', 'DI_BAWAH']).default(orgPredikatToRating.BUTUH_PERBAIKAN),
  headRatingKurang: z.enum(['DI_ATAS', 'SESUAI', 'DI_BAWAH']).default(orgPredikatToRating.KURANG),
  headRatingSangatKurang: z.enum(['DI_ATAS', 'SESUAI', 'DI_BAWAH']).default(orgPredikatToRating.SANGAT_KURANG),
  tppFormula: z.enum(['predikat-percent']).default('predikat-percent'),
  // Whom an OPD head answers to as pejabat penilai / atasan penilai (design.md "Organisation rules"):
  // the Sekda (common practice) or the Wali Kota (the BKN table for JPT Pratama). Changing it recomputes the chains.
  opdHeadsReportTo: z.enum(['SEKDA', 'WALI_KOTA']).default('SEKDA'),
  // Rating waits for the period's end (the year's end for the annual rating) and for submitted
  // realisation or its passed deadline (PermenPANRB 6/2022 Pasal 5: each stage in its order); 'open' lets a penilai rate earlier.
  ratingWaitsForPeriod: z.enum(['wait', 'open']).default('wait'),
  // Kinerja's default, not the regulation's: how many days before a period's realisation deadline to remind.
  reminderDaysBefore: z.number().int().min(1).max(14).default(3),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;
export const settingKeys = Object.keys(settingsSchema.shape) as SettingKey[];

export const settingsResponse = z.object({
  values: settingsSchema,
  overridden: z.array(z.string()),
});
export type SettingsResponse = z.infer<typeof settingsResponse>;

export const settingKeyParams = z.object({ key: z.enum(settingKeys as [SettingKey, ...SettingKey[]]) });
export const settingValueRequest = z.object({ value: z.unknown() });
