import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { ikiInput } from '../../../../shared/schemas/planning';
import { maxLengthOf } from '../../../lib/schema-limits';

export interface IkiDraft {
  key: number;
  aspek: 'KUANTITAS' | 'KUALITAS' | 'WAKTU' | 'BIAYA';
  indicator: string;
  target: string;
  satuan: string;
  direction: 'HIGHER' | 'LOWER';
  /** '' = the default that fits the indicator, chosen by the server. */
  accumulation: '' | 'SUM' | 'AVERAGE' | 'LAST';
}

const aspekList = ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'] as const;
const accumulationList = ['SUM', 'AVERAGE', 'LAST'] as const;

interface IkiRowsProps {
  rows: IkiDraft[];
  errors: Record<number, string | undefined>;
  onChange: (rows: IkiDraft[]) => void;
  onAdd: () => void;
}

/** The indicators of one RHK: one fieldset per indicator, added and removed in place. */
export function IkiRows({ rows, errors, onChange, onAdd }: IkiRowsProps) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<IkiDraft>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <div className="stack">
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <fieldset key={row.key} className="skp-iki-row">
            <legend>{t('skp.iki.legend', { n })}</legend>
            <SelectField
              label={t('skp.iki.aspekN', { n })}
              value={row.aspek}
              onChange={(event) => update(row.key, { aspek: event.target.value as IkiDraft['aspek'] })}
              options={aspekList.map((aspek) => ({ value: aspek, label: t(`skp.aspek.${aspek}`) }))}
            />
            <TextField label={t('skp.iki.indicatorN', { n })} value={row.indicator} onChange={(event) => update(row.key, { indicator: event.target.value })} error={errors[row.key]} maxLength={maxLengthOf(ikiInput.shape.indicator)} />
            <div className="skp-iki-row__target">
              <TextField label={t('skp.iki.targetN', { n })} hint={t('skp.iki.targetHint')} value={row.target} onChange={(event) => update(row.key, { target: event.target.value })} inputMode="text" maxLength={maxLengthOf(ikiInput.shape.targetText)} />
              <TextField label={t('skp.iki.satuanN', { n })} value={row.satuan} onChange={(event) => update(row.key, { satuan: event.target.value })} maxLength={maxLengthOf(ikiInput.shape.satuan)} />
            </div>
            <SelectField
              label={t('skp.iki.accumulationN', { n })}
              hint={t('skp.iki.accumulationHint')}
              value={row.accumulation}
              onChange={(event) => update(row.key, { accumulation: event.target.value as IkiDraft['accumulation'] })}
              options={[{ value: '', label: t('skp.iki.accumulationAuto') }, ...accumulationList.map((value) => ({ value, label: t(`skp.iki.accumulation${value}`) }))]}
            />
            {rows.length > 1 ? (
              <Button size="sm" variant="ghost" onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
                {t('skp.iki.remove', { n })}
              </Button>
            ) : null}
          </fieldset>
        );
      })}
      <Button size="sm" variant="secondary" onClick={onAdd}>
        {t('skp.iki.add')}
      </Button>
    </div>
  );
}
