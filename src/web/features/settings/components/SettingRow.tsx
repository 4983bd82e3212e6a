import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingKey, Settings } from '../../../../shared/schemas/settings';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField, TextField } from '../../../components/Field';
import { useUpdateSetting } from '../api/update-setting';
import { choiceIndex, settingFields, type SettingField } from '../setting-fields';

interface SettingRowProps {
  settingKey: SettingKey;
  value: Settings[SettingKey];
  overridden: boolean;
  onSaved: (label: string) => void;
}

/** One setting with its own Save button, so a change is one PUT and one audit row. */
export function SettingRow({ settingKey, value, overridden, onSaved }: SettingRowProps) {
  const { t } = useTranslation();
  const field: SettingField = settingFields[settingKey];
  const mutation = useUpdateSetting();
  const initial = field.kind === 'choice' ? String(choiceIndex(field, value)) : String(value);
  const [draft, setDraft] = useState(initial);
  const label = t(`settings.keys.${settingKey}`);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = field.kind === 'choice' ? field.choices[Number(draft)]?.value : Number(draft);
    if (next === undefined) return;
    mutation.mutate({ key: settingKey, value: next }, { onSuccess: () => onSaved(label) });
  }

  return (
    <form className="setting-row" onSubmit={handleSubmit}>
      <div className="setting-row__control">
        {field.kind === 'choice' ? (
          <SelectField
            label={label}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            options={field.choices.map((choice, index) => ({ value: String(index), label: t(`settings.options.${choice.optionKey}`) }))}
          />
        ) : (
          <TextField
            label={label}
            type="number"
            inputMode="numeric"
            min={field.min}
            max={field.max}
            step={1}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            hint={`${field.min}–${field.max}`}
          />
        )}
      </div>
      <span className={`badge ${overridden ? 'badge--warning' : 'badge--neutral'}`}>
        {overridden ? t('settings.overridden') : t('settings.default')}
      </span>
      <Button type="submit" variant="secondary" size="sm" disabled={draft === initial} busy={mutation.isPending} busyLabel={t('common.saving')}>
        {t('common.save')}
        <span className="visually-hidden"> {label}</span>
      </Button>
      {mutation.error ? (
        <div className="setting-row__error">
          <ErrorMessage error={mutation.error} />
        </div>
      ) : null}
    </form>
  );
}
