import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rhkInput, type RhkView, type SkpView } from '../../../../shared/schemas/planning';
import { Dialog } from '../../../components/Dialog';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/Field';
import { useSaveRhk } from '../api/save-rhk';
import { formatTarget, parseTarget } from '../utils/format-target';
import { IkiRows, type IkiDraft } from './IkiRows';
import { TextAreaField } from '../../../components/TextAreaField';
import { maxLengthOf } from '../../../lib/schema-limits';

interface RhkFormDialogProps {
  skp: SkpView;
  /** Absent: a new RHK. */
  rhk?: RhkView | undefined;
  onClose: () => void;
}

function initialIki(rhk: RhkView | undefined): IkiDraft[] {
  if (!rhk) return [emptyIki(1)];
  return rhk.iki.map((iki, index) => ({
    key: index + 1,
    aspek: iki.aspek,
    indicator: iki.indicator,
    target: iki.targetValue !== null ? String(iki.targetValue) : (iki.targetText ?? ''),
    satuan: iki.satuan ?? '',
    direction: iki.direction,
    accumulation: iki.accumulation ?? '',
  }));
}

const emptyIki = (key: number): IkiDraft => ({ key, aspek: 'KUANTITAS', indicator: '', target: '', satuan: '', direction: 'HIGHER', accumulation: '' });

function parentValue(rhk: RhkView | undefined): string {
  if (rhk?.parent) return `RHK:${rhk.parent.id}`;
  if (rhk?.orgGoal) return `IKU:${rhk.orgGoal.id}`;
  return '';
}

/** Adds or edits one RHK: its kind, the atasan's RHK it intervenes, its text and its indicators. */
export function RhkFormDialog({ skp, rhk, onClose }: RhkFormDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const nextKey = useRef(100);
  const [jenis, setJenis] = useState<'UTAMA' | 'TAMBAHAN'>(rhk?.jenis ?? 'UTAMA');
  const [parent, setParent] = useState(parentValue(rhk));
  const [text, setText] = useState(rhk?.text ?? '');
  const [iki, setIki] = useState<IkiDraft[]>(() => initialIki(rhk));
  const [errors, setErrors] = useState<{ text?: string; iki: Record<number, string | undefined> }>({ iki: {} });
  const mutation = useSaveRhk();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ikiErrors: Record<number, string | undefined> = {};
    for (const row of iki) {
      if (!row.indicator.trim()) ikiErrors[row.key] = t('skp.iki.indicatorRequired');
      else if (!row.target.trim()) ikiErrors[row.key] = t('skp.iki.targetRequired');
    }
    const next = { text: text.trim() ? undefined : t('skp.rhk.textRequired'), iki: ikiErrors };
    setErrors(next);
    if (next.text || Object.keys(ikiErrors).length > 0) return;
    const [kind, id] = parent.split(':');
    mutation.mutate(
      {
        skpId: skp.id,
        rhkId: rhk?.id,
        jenis,
        text: text.trim(),
        parentRhkId: kind === 'RHK' ? (id ?? null) : null,
        orgGoalId: kind === 'IKU' ? (id ?? null) : null,
        iki: iki.map((row) => ({ aspek: row.aspek, indicator: row.indicator.trim(), satuan: row.satuan.trim() || null, direction: row.direction, accumulation: row.accumulation || null, ...parseTarget(row.target) })),
      },
      { onSuccess: onClose },
    );
  }

  const parentOptions = [
    { value: '', label: t('skp.rhk.noParentOption') },
    ...skp.intervenable.map((item) => ({ value: `${item.kind}:${item.id}`, label: `${item.ownerName} — ${item.text}` })),
  ];
  return (
    <Dialog
      title={rhk ? t('skp.rhk.editTitle') : t('skp.rhk.addTitle')}
      onClose={onClose}
      actions={<FormDialogActions formId={formId} pending={mutation.isPending} submitLabel={t('skp.rhk.save')} onCancel={onClose} />}
    >
      <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
        <SelectField
          label={t('skp.rhk.jenis')}
          value={jenis}
          onChange={(event) => setJenis(event.target.value as 'UTAMA' | 'TAMBAHAN')}
          options={[
            { value: 'UTAMA', label: t('skp.rhk.jenisUTAMA') },
            { value: 'TAMBAHAN', label: t('skp.rhk.jenisTAMBAHAN') },
          ]}
        />
        <SelectField
          label={skp.isJpt ? t('skp.rhk.parentIku') : t('skp.rhk.parent')}
          hint={skp.intervenable.length === 0 ? t('skp.rhk.noIntervenable') : t('skp.rhk.parentHint')}
          value={parent}
          onChange={(event) => setParent(event.target.value)}
          options={parentOptions}
        />
        <TextAreaField label={t('skp.rhk.text')} value={text} onChange={(event) => setText(event.target.value)} error={errors.text} maxLength={maxLengthOf(rhkInput.shape.text)} rows={3} />
        <IkiRows
          rows={iki}
          errors={errors.iki}
          onChange={setIki}
          onAdd={() => setIki((rows) => [...rows, { ...emptyIki(nextKey.current++), aspek: 'KUALITAS' }])}
        />
        {rhk ? <p className="muted">{t('skp.rhk.was', { targets: rhk.iki.map(formatTarget).join('; ') })}</p> : null}
        {mutation.error ? <ErrorMessage error={mutation.error} /> : null}
      </form>
    </Dialog>
  );
}
