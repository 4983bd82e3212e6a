import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/Field';
import { defaultPeriodId, usePeriods } from '../../../api/years';
import { todayIso } from '../../../lib/dates';

interface PeriodSelectProps {
  value: string;
  onChange: (periodId: string) => void;
}

/** The assessment period; starts on the one today falls in. */
export function PeriodSelect({ value, onChange }: PeriodSelectProps) {
  const { t } = useTranslation();
  const periods = usePeriods();
  const items = periods.data ?? [];

  useEffect(() => {
    if (value === '' && periods.data && periods.data.length > 0) onChange(defaultPeriodId(periods.data, todayIso()));
  }, [value, periods.data, onChange]);

  return (
    <SelectField
      label={t('feedback360.period')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={items.length === 0 ? [{ value: '', label: periods.isPending ? t('common.loading') : t('feedback360.noPeriods') }] : items.map((p) => ({ value: p.id, label: p.name }))}
      disabled={items.length === 0}
    />
  );
}
