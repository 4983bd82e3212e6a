import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/Field';
import { useOpdOptions } from '../../../api/units';
import { currentYear, useYears } from '../../../api/years';

interface OpdYearPickerProps {
  opdId: string;
  year: number | undefined;
  onChange: (next: { opdId: string; year: number | undefined }) => void;
}

/** OPD and year for the pohon kinerja and IKU pages; one OPD in reach is chosen at once. */
export function OpdYearPicker({ opdId, year, onChange }: OpdYearPickerProps) {
  const { t } = useTranslation();
  const opds = useOpdOptions();
  const years = useYears();
  const only = opds.data?.length === 1 ? opds.data[0]?.id : undefined;
  const defaultYear = years.data ? currentYear(years.data.items) : undefined;
  useEffect(() => {
    if ((only && !opdId) || (year === undefined && defaultYear !== undefined)) onChange({ opdId: opdId || (only ?? ''), year: year ?? defaultYear });
  }, [only, opdId, year, defaultYear, onChange]);
  return (
    <div className="skp-filters">
      {opds.isError ? <ErrorMessage error={opds.error} onRetry={() => void opds.refetch()} /> : null}
      <SelectField
        label={t('skp.opd')}
        value={opdId}
        disabled={opds.isPending}
        onChange={(event) => onChange({ opdId: event.target.value, year })}
        options={[{ value: '', label: opds.isPending ? t('common.loading') : t('skp.chooseOpd') }, ...(opds.data ?? []).map((o) => ({ value: o.id, label: o.name }))]}
      />
      <SelectField
        label={t('skp.year')}
        value={year === undefined ? '' : String(year)}
        onChange={(event) => onChange({ opdId, year: Number(event.target.value) })}
        options={(years.data?.items ?? []).map((y) => ({ value: String(y.year), label: String(y.year) }))}
      />
    </div>
  );
}
