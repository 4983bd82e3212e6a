import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { QueryState } from '../../../components/QueryState';
import { useSettings } from '../api/get-settings';
import type { SettingKey } from '../../../../shared/schemas/settings';
import { settingFields } from '../setting-fields';
import { SettingRow } from './SettingRow';
import './settings-panel.css';

const settingKeys = Object.keys(settingFields) as SettingKey[];

export function SettingsPanel() {
  const { t } = useTranslation();
  const query = useSettings();
  const [saved, setSaved] = useState('');

  if (!query.isSuccess) return <QueryState query={query} />;

  const { values, overridden } = query.data;
  return (
    <div className="stack">
      <div role="status">{saved ? <Alert tone="success" live={false}>{t('settings.saved', { label: saved })}</Alert> : null}</div>
      <div className="card settings-list">
        {settingKeys.map((key) => (
          <SettingRow
            key={`${key}:${String(values[key])}`}
            settingKey={key}
            value={values[key]}
            overridden={overridden.includes(key)}
            onSaved={setSaved}
          />
        ))}
      </div>
    </div>
  );
}
