import type { SettingKey, Settings } from '../../../shared/schemas/settings';

type Choice = { value: string | number; optionKey: string };

export type SettingField =
  | { kind: 'choice'; choices: Choice[] }
  | { kind: 'number'; min: number; max: number };

const headRatingChoices: Choice[] = [{ value: 'DI_ATAS', optionKey: 'DI_ATAS' }, { value: 'SESUAI', optionKey: 'SESUAI' }, { value: 'DI_BAWAH', optionKey: 'DI_BAWAH' }];

/**
 * How each setting is edited. `satisfies` makes a new key in src/shared a type error here,
 * so no setting is silently missing from the screen. The server validates again.
 */
export const settingFields = {
  curveEnforcement: { kind: 'choice', choices: [{ value: 'soft', optionKey: 'soft' }, { value: 'hard', optionKey: 'hard' }] },
  ikmWeight: { kind: 'choice', choices: [{ value: 0.111, optionKey: 'ikm0111' }, { value: 1 / 9, optionKey: 'ikmNinth' }] },
  periodGranularity: {
    kind: 'choice',
    choices: [{ value: 'monthly', optionKey: 'monthly' }, { value: 'quarterly', optionKey: 'quarterly' }],
  },
  lockoutThreshold: { kind: 'number', min: 3, max: 20 },
  lockoutMinutes: { kind: 'number', min: 1, max: 1440 },
  objectionWindowDays: { kind: 'number', min: 1, max: 90 },
  slaDayKind: { kind: 'choice', choices: [{ value: 'calendar', optionKey: 'calendar' }, { value: 'working', optionKey: 'working' }] },
  slaFirstResponseDays: { kind: 'number', min: 1, max: 30 },
  slaInformasiDays: { kind: 'number', min: 1, max: 120 },
  slaKeluhanDays: { kind: 'number', min: 1, max: 120 },
  slaSengketaDays: { kind: 'number', min: 1, max: 120 },
  slaPemeriksaanLapanganDays: { kind: 'number', min: 1, max: 180 },
  ikmMinRespondents: { kind: 'number', min: 1, max: 10000 },
  headRatingIstimewa: { kind: 'choice', choices: headRatingChoices },
  headRatingBaik: { kind: 'choice', choices: headRatingChoices },
  headRatingButuhPerbaikan: { kind: 'choice', choices: headRatingChoices },
  headRatingKurang: { kind: 'choice', choices: headRatingChoices },
  headRatingSangatKurang: { kind: 'choice', choices: headRatingChoices },
  tppFormula: { kind: 'choice', choices: [{ value: 'predikat-percent', optionKey: 'predikat-percent' }] },
  ratingWaitsForPeriod: { kind: 'choice', choices: [{ value: 'wait', optionKey: 'ratingWait' }, { value: 'open', optionKey: 'ratingOpen' }] },
  reminderDaysBefore: { kind: 'number', min: 1, max: 14 },
  opdHeadsReportTo: { kind: 'choice', choices: [{ value: 'SEKDA', optionKey: 'opdSekda' }, { value: 'WALI_KOTA', optionKey: 'opdWaliKota' }] },
} as const satisfies Record<SettingKey, SettingField>;

export function choiceIndex(field: SettingField, value: Settings[SettingKey]): number {
  if (field.kind !== 'choice') return -1;
  return field.choices.findIndex((choice) => choice.value === value);
}
