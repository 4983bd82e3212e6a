import { useTranslation } from 'react-i18next';
import type { IkiPeriodRow } from '../../../../shared/schemas/execution';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/Field';
import { useSetAccumulation, type Accumulation } from '../api/set-accumulation';

const options: Accumulation[] = ['SUM', 'AVERAGE', 'LAST'];

/** How the periods add up to the year: counts sum, rates average, a stock takes the last value. */
export function AccumulationControl({ skpId, iki }: { skpId: string; iki: IkiPeriodRow }) {
  const { t } = useTranslation();
  const save = useSetAccumulation();
  return (
    <div className="accumulation-control">
      <SelectField
        label={t('realisation.iki.accumulationLabel')}
        hint={t('realisation.iki.accumulationHint')}
        value={save.isPending ? (save.variables.accumulation ?? iki.accumulation) : iki.accumulation}
        disabled={save.isPending}
        onChange={(event) => save.mutate({ skpId, ikiId: iki.id, accumulation: event.target.value as Accumulation })}
        options={options.map((option) => ({ value: option, label: t(`realisation.accumulation.${option}`) }))}
      />
      {save.error ? <ErrorMessage error={save.error} /> : null}
    </div>
  );
}
