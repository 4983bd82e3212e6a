import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { orgPredikatOrder } from '../../../../domain/kurva';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField, TextField } from '../../../components/Field';
import { useSetOrgPredikat } from '../api/set-org-predikat';
import type { OrgPredikat, OrgPredikatView } from '../api/types';
import { useLabels } from '../hooks/use-labels';
import { orgPredikatInput } from '../../../../shared/schemas/evaluation';
import { maxLengthOf } from '../../../lib/schema-limits';

interface OrgPredikatRowProps {
  item: OrgPredikatView;
  year: number;
  periodId: string;
  onOpen: (unitId: string) => void;
}

/** One unit: its predikat (own or inherited), and the form to set it for whoever may. */
export function OrgPredikatRow({ item, year, periodId, onOpen }: OrgPredikatRowProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const save = useSetOrgPredikat();
  const [value, setValue] = useState<OrgPredikat | ''>(item.predikat ?? '');
  const [reason, setReason] = useState(item.reason ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (value === '') return;
    save.mutate({ unitId: item.unit.id, body: { year, periodId: periodId || null, predikat: value, reason } });
  }

  return (
    <li className="card stack eval-org">
      <div className="eval-org__head">
        <h2 className="eval-org__name">{item.unit.name}</h2>
        {item.unit.hasChildren ? <Button size="sm" variant="ghost" onClick={() => onOpen(item.unit.id)}>{t('evaluation.orgPage.units')}</Button> : null}
      </div>
      <p className="muted">
        {item.predikat
          ? t('evaluation.orgPage.set', { predikat: labels.orgPredikat(item.predikat), by: item.setByName ?? '', date: labels.date(item.setAt) })
          : item.inherited
            ? t('evaluation.orgPage.inherited', { predikat: labels.orgPredikat(item.inherited.predikat), unit: item.inherited.unitName })
            : t('evaluation.orgPage.notSet')}
      </p>
      {item.can.set ? (
        <form className="eval-org__form" onSubmit={submit}>
          <SelectField
            label={t('evaluation.orgPage.predikat', { unit: item.unit.name })}
            value={value}
            onChange={(e) => setValue(e.target.value as OrgPredikat | '')}
            options={[{ value: '', label: t('evaluation.orgPage.choose') }, ...orgPredikatOrder.map((o) => ({ value: o, label: labels.orgPredikat(o) }))]}
          />
          <TextField label={t('evaluation.orgPage.reason')} value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={maxLengthOf(orgPredikatInput.shape.reason)} />
          <div><Button type="submit" size="sm" disabled={value === ''} busy={save.isPending} busyLabel={t('common.saving')}>{t('evaluation.orgPage.save')}</Button></div>
          {save.isError ? <ErrorMessage error={save.error} /> : null}
          {save.isSuccess ? <p className="muted" role="status">{t('evaluation.orgPage.saved')}</p> : null}
        </form>
      ) : null}
    </li>
  );
}
