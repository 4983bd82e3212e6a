import type { SettingKey, SettingsResponse } from '../../../shared/schemas/settings';
import type { AppContext } from '../../platform/app-context';
import type { AuditActor } from '../../platform/audit/audit-log';
import type { AuthContext } from '../../platform/auth/sessions';
import { inTransaction } from '../../platform/db/transaction';
import { loadSettings, parseSettingValue, storeSetting } from '../../platform/settings/settings';
import { todayInSolok } from '../../platform/calendar';
import { recomputeChains } from '../organisation';

export function createSettingsService(ctx: AppContext) {
  const { db, clock, audit } = ctx;

  const getSettings = (auth: AuthContext): Promise<SettingsResponse> => loadSettings(db, auth.account.instansiId);

  async function updateSetting(auth: AuthContext, actor: AuditActor, key: SettingKey, rawValue: unknown): Promise<SettingsResponse> {
    const value = parseSettingValue(key, rawValue);
    return inTransaction(db, async (trx) => {
      const before = await loadSettings(trx, auth.account.instansiId);
      await storeSetting(trx, auth.account.instansiId, key, value, clock.now(), auth.account.id);
      // Whom OPD heads answer to is part of every chain above them: recompute now (notifies and audits each change).
      if (key === 'opdHeadsReportTo' && before.values[key] !== value) {
        await recomputeChains(trx, auth.account.instansiId, todayInSolok(clock), { audit, actor, actorPegawaiId: auth.account.pegawaiId, cause: 'setting.updated' });
      }
      await audit.append(trx, actor, { action: 'setting.updated', entityType: 'setting', entityId: key, data: { key, from: before.values[key], to: value } });
      return loadSettings(trx, auth.account.instansiId);
    });
  }

  return { getSettings, updateSetting };
}
