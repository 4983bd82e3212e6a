import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { orgGoalInput, type OrgGoalView } from '../../../../shared/schemas/planning';
import { Dialog } from '../../../components/Dialog';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField, TextField } from '../../../components/Field';
import { useSaveOrgGoal } from '../api/save-org-goal';
import { TextAreaField } from '../../../components/TextAreaField';
import { maxLengthOf } from '../../../lib/schema-limits';

interface OrgGoalDialogProps {
  opdId: string;
  year: number;
  goal?: OrgGoalView | undefined;
  onClose: () => void;
}

type Draft = Record<'code' | 'sasaran' | 'indicator' | 'satuan' | 'target' | 'baseline', string> & { direction: 'HIGHER' | 'LOWER' };

const toNumber = (value: string) => Number(value.trim().replace(',', '.'));

export function OrgGoalDialog({ opdId, year, goal, onClose }: OrgGoalDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [draft, setDraft] = useState<Draft>({
    code: goal?.code ?? '',
    sasaran: goal?.sasaran ?? '',
    indicator: goal?.indicator ?? '',
    satuan: goal?.satuan ?? '',
    target: goal ? String(goal.target) : '',
    baseline: goal?.baseline != null ? String(goal.baseline) : '',
    direction: goal?.direction ?? 'HIGHER',
  });
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const mutation = useSaveOrgGoal();
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Partial<Record<keyof Draft, string>> = {};
    for (const key of ['code', 'sasaran', 'indicator', 'satuan', 'target'] as const) if (!draft[key].trim()) next[key] = t('skp.iku.required');
    if (draft.target.trim() && !Number.isFinite(toNumber(draft.target))) next.target = t('skp.iku.number');
    if (draft.baseline.trim() && !Number.isFinite(toNumber(draft.baseline))) next.baseline = t('skp.iku.number');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    mutation.mutate(
      {
        id: goal?.id,
        opdId,
        year,
        code: draft.code.trim(),
        sasaran: draft.sasaran.trim(),
        indicator: draft.indicator.trim(),
        satuan: draft.satuan.trim(),
        target: toNumber(draft.target),
        direction: draft.direction,
        baseline: draft.baseline.trim() ? toNumber(draft.baseline) : null,
      },
      { onSuccess: onClose },
    );
  }

  return (
    <Dialog
      title={goal ? t('skp.iku.editTitle') : t('skp.iku.addTitle')}
      onClose={onClose}
      actions={<FormDialogActions formId={formId} pending={mutation.isPending} submitLabel={t('common.save')} onCancel={onClose} />}
    >
      <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
        <TextField label={t('skp.iku.code')} value={draft.code} onChange={set('code')} error={errors.code} maxLength={maxLengthOf(orgGoalInput.shape.code)} />
        <TextAreaField label={t('skp.iku.sasaran')} value={draft.sasaran} onChange={set('sasaran')} error={errors.sasaran} maxLength={maxLengthOf(orgGoalInput.shape.sasaran)} rows={2} />
        <TextAreaField label={t('skp.iku.indicator')} value={draft.indicator} onChange={set('indicator')} error={errors.indicator} maxLength={maxLengthOf(orgGoalInput.shape.indicator)} rows={2} />
        <TextField label={t('skp.iku.target')} value={draft.target} onChange={set('target')} error={errors.target} inputMode="decimal" />
        <TextField label={t('skp.iku.satuan')} value={draft.satuan} onChange={set('satuan')} error={errors.satuan} maxLength={maxLengthOf(orgGoalInput.shape.satuan)} />
        <TextField label={t('skp.iku.baseline')} value={draft.baseline} onChange={set('baseline')} error={errors.baseline} inputMode="decimal" />
        <SelectField
          label={t('skp.iku.direction')}
          value={draft.direction}
          onChange={set('direction')}
          options={[
            { value: 'HIGHER', label: t('skp.iku.HIGHER') },
            { value: 'LOWER', label: t('skp.iku.LOWER') },
          ]}
        />
        {mutation.error ? <ErrorMessage error={mutation.error} /> : null}
      </form>
    </Dialog>
  );
}
