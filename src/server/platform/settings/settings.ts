import { settingsSchema, type SettingKey, type Settings } from '../../../shared/schemas/settings';
import { AppError } from '../errors';
import type { Executor } from '../db/transaction';
import { findSettingRows, upsertSetting } from './settings.repository';

export const defaultSettings: Settings = settingsSchema.parse({});

/**
 * An instansi's settings: the stored overrides over the defaults in code. A stored value that no
 * longer fits the schema (an older release wrote it) falls back to the default rather than failing.
 */
export async function loadSettings(db: Executor, instansiId: string): Promise<{ values: Settings; overridden: SettingKey[] }> {
  const rows = await findSettingRows(db, instansiId);
  const values: Record<string, unknown> = { ...defaultSettings };
  const overridden: SettingKey[] = [];
  for (const row of rows) {
    const field = settingsSchema.shape[row.key as SettingKey];
    const parsed = field?.safeParse(row.value);
    if (parsed?.success) {
      values[row.key] = parsed.data;
      overridden.push(row.key as SettingKey);
    }
  }
  return { values: values as Settings, overridden };
}

/** Validates one value against its schema; throws 400 with the zod issues when it does not fit. */
export function parseSettingValue(key: SettingKey, value: unknown): unknown {
  const parsed = settingsSchema.shape[key].safeParse(value);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', parsed.error.issues.map((i) => ({ path: ['value', ...i.path].join('.'), message: i.message })));
  }
  return parsed.data;
}

export async function storeSetting(db: Executor, instansiId: string, key: SettingKey, value: unknown, at: Date, by: string | null) {
  await upsertSetting(db, { instansiId, key, value, at, by });
}
