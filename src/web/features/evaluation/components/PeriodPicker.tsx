import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/Field';
import type { PeriodOption } from '../../../api/years';

export function PeriodPicker({ periods, value, onChange }: { periods: PeriodOption[]; value: string; onChange: (periodId: string) => void }) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('evaluation.period')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={periods.map((p) => ({ value: p.id, label: `${p.name} ${p.year}` }))}
      disabled={periods.length === 0}
    />
  );
}
