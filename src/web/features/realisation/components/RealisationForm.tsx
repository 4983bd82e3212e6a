import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { realisationInput, type IkiPeriodRow } from '../../../../shared/schemas/execution';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextField } from '../../../components/Field';
import { TextAreaField } from '../../../components/TextAreaField';
import { useSaveRealisation } from '../api/save-realisation';
import { editableNumber, parseDecimal } from '../utils/format';
import { maxLengthOf } from '../../../lib/schema-limits';

interface RealisationFormProps {
  skpId: string;
  periodId: string;
  iki: IkiPeriodRow;
  /** A narrative target (or a qualitative SKP) is answered in words, not a number. */
  narrativeOnly: boolean;
}

/** Realisasi and rencana aksi of one IKI for one period. */
export function RealisationForm({ skpId, periodId, iki, narrativeOnly }: RealisationFormProps) {
  const { t, i18n } = useTranslation();
  const saved = iki.realisation;
  const [value, setValue] = useState(saved?.value == null ? '' : editableNumber(saved.value, i18n.language));
  const [narrative, setNarrative] = useState(saved?.narrative ?? '');
  const [rencanaAksi, setRencanaAksi] = useState(saved?.rencanaAksi ?? '');
  const [error, setError] = useState<string | undefined>();
  const save = useSaveRealisation();
  const name = iki.indicator;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = narrativeOnly ? null : parseDecimal(value);
    if (parsed !== null && Number.isNaN(parsed)) {
      setError(t('realisation.form.valueInvalid'));
      return;
    }
    if (narrativeOnly && !narrative.trim()) {
      setError(t('realisation.form.narrativeRequired'));
      return;
    }
    setError(undefined);
    save.mutate({ skpId, periodId, ikiId: iki.id, value: parsed, narrative: narrative.trim(), rencanaAksi: rencanaAksi.trim() });
  }

  return (
    <form className="realisation-form stack" onSubmit={handleSubmit} noValidate aria-label={t('realisation.form.named', { indicator: name })}>
      {narrativeOnly ? (
        <TextAreaField label={t('realisation.form.narrativeOnly')} value={narrative} onChange={(event) => setNarrative(event.target.value)} error={error} maxLength={maxLengthOf(realisationInput.shape.narrative)} rows={3} />
      ) : (
        <>
          <TextField
            label={iki.satuan ? t('realisation.form.valueWithUnit', { satuan: iki.satuan }) : t('realisation.form.value')}
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            error={error}
            hint={t('realisation.form.valueHint')}
          />
          <TextAreaField label={t('realisation.form.narrative')} value={narrative} onChange={(event) => setNarrative(event.target.value)} maxLength={maxLengthOf(realisationInput.shape.narrative)} rows={2} />
        </>
      )}
      <TextAreaField label={t('realisation.form.rencanaAksi')} hint={t('realisation.form.rencanaAksiHint')} value={rencanaAksi} onChange={(event) => setRencanaAksi(event.target.value)} maxLength={maxLengthOf(realisationInput.shape.rencanaAksi)} rows={2} />
      {save.error ? <ErrorMessage error={save.error} /> : null}
      {save.isSuccess && !save.isPending ? <Alert tone="success">{t('realisation.form.saved')}</Alert> : null}
      <Button type="submit" size="sm" busy={save.isPending} busyLabel={t('common.saving')}>
        {t('realisation.form.save')}
      </Button>
    </form>
  );
}
