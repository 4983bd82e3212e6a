import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { orgPredikatOrder } from '../../../../domain/kurva';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField, TextField } from '../../../components/Field';
import { useSetOrgPredikat } from '../api/set-org-predikat';
import type { EvaluationView, OrgPredikat } from '../api/types';
import { useLabels } from '../hooks/use-labels';
import { orgPredikatInput } from '../../../../shared/schemas/evaluation';
import { maxLengthOf } from '../../../lib/schema-limits';

/**
 * A unit head whose own unit has no predikat for the period: nothing is forced from a unit above
 * (SE 3/2023 ties the head's rating hasil kerja to the unit they lead). The screen says so and, for
 * whoever may set that predikat (the leader above, BKPSDM), offers to set it here.
 */
export function HeadPredikatNotice({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const save = useSetOrgPredikat();
  const [value, setValue] = useState<OrgPredikat | ''>('');
  const [reason, setReason] = useState('');
  const head = view.unitHead!;
  const periodName = view.period?.name ?? t('evaluation.annual', { year: view.year });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (value === '') return;
    save.mutate({ unitId: head.unitId, body: { year: view.year, periodId: view.period?.id ?? null, predikat: value, reason } });
  }

  return (
    <Alert tone="warning" title={t('evaluation.rate.headUnset', { unit: head.unitName, period: periodName })} live={false}>
      <p>{t('evaluation.rate.headUnsetWhy')}</p>
      {head.canSetOrgPredikat ? (
        <form className="eval-org__form" onSubmit={submit} aria-label={t('evaluation.rate.headSetForm', { unit: head.unitName })}>
          <SelectField
            label={t('evaluation.orgPage.predikat', { unit: head.unitName })}
            value={value}
            onChange={(e) => setValue(e.target.value as OrgPredikat | '')}
            options={[{ value: '', label: t('evaluation.orgPage.choose') }, ...orgPredikatOrder.map((o) => ({ value: o, label: labels.orgPredikat(o) }))]}
          />
          <TextField label={t('evaluation.orgPage.reason')} value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={maxLengthOf(orgPredikatInput.shape.reason)} />
          <div>
            <Button type="submit" size="sm" disabled={value === ''} busy={save.isPending} busyLabel={t('common.saving')}>{t('evaluation.rate.headSet')}</Button>
          </div>
          {save.isError ? <ErrorMessage error={save.error} /> : null}
        </form>
      ) : (
        <p>{t('evaluation.rate.headAskAbove')}</p>
      )}
    </Alert>
  );
}
