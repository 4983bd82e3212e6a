import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/Field';
import type { ServiceUnitSummary } from '../api/types';

interface ServiceUnitPickerProps {
  units: ServiceUnitSummary[];
  value: string;
  onChange: (id: string) => void;
}

/** The units the person may see; hidden when there is only one. */
export function ServiceUnitPicker({ units, value, onChange }: ServiceUnitPickerProps) {
  const { t } = useTranslation();
  if (units.length < 2) return null;
  return (
    <SelectField
      label={t('publicService.staff.unit')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={units.map((unit) => ({ value: unit.id, label: unit.openComplaints > 0 ? t('publicService.staff.unitWithOpen', { name: unit.name, count: unit.openComplaints }) : unit.name }))}
    />
  );
}
