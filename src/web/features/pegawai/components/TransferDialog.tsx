import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FieldFrame, TextField } from '../../../components/Field';
import { Loading } from '../../../components/Loading';
import { useUnits } from '../../../api/units';
import { useUnitPosts } from '../../../api/units';
import { useTransferPegawai } from '../api/transfer-pegawai';
import { todayIso } from '../../../lib/dates';
import { unitOptionGroups } from '../utils/unit-options';
import { CheckboxField } from './CheckboxField';
import { DialogError } from './DialogError';
import { TextAreaField } from '../../../components/TextAreaField';
import { transferRequest } from '../../../../shared/schemas/organisation';
import { maxLengthOf } from '../../../lib/schema-limits';

interface TransferDialogProps {
  pegawai: { id: string; name: string };
  onClose: () => void;
  onDone: () => void;
}

interface Errors {
  unit?: string;
  jabatan?: string;
  validFrom?: string;
}

/** Mutasi: choose the unit, then a post in it, and the date; the current post ends the day before. */
export function TransferDialog({ pegawai, onClose, onDone }: TransferDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const unitSelectId = useId();
  const jabatanSelectId = useId();
  const [unitFilter, setUnitFilter] = useState('');
  const [unitId, setUnitId] = useState('');
  const [jabatanId, setJabatanId] = useState('');
  const [validFrom, setValidFrom] = useState(todayIso);
  const [acting, setActing] = useState(false);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const units = useUnits(true);
  const posts = useUnitPosts(unitId);
  const mutation = useTransferPegawai();
  const groups = useMemo(() => unitOptionGroups(units.data ?? [], unitFilter), [units.data, unitFilter]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Errors = {};
    if (!unitId) next.unit = t('pegawai.transfer.unitRequired');
    else if (!jabatanId) next.jabatan = t('pegawai.transfer.jabatanRequired');
    if (!validFrom) next.validFrom = t('pegawai.override.dateRequired');
    setErrors(next);
    const first = next.unit ? unitSelectId : next.jabatan ? jabatanSelectId : null;
    if (first) document.getElementById(first)?.focus();
    if (Object.keys(next).length > 0) return;
    mutation.mutate({ pegawaiId: pegawai.id, jabatanId, validFrom, acting, note: note.trim() || undefined }, { onSuccess: onDone });
  }

  return (
    <Dialog
      title={t('pegawai.transfer.title')}
      onClose={onClose}
      actions={<FormDialogActions formId={formId} pending={mutation.isPending} submitLabel={t('pegawai.transfer.submit')} onCancel={onClose} />}
    >
      <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
        <p className="dialog-subject">{t('pegawai.dialogSubject', { name: pegawai.name })}</p>
        <p>{t('pegawai.transfer.intro')}</p>
        {units.isError ? <ErrorMessage error={units.error} onRetry={() => void units.refetch()} /> : null}
        <TextField type="search" label={t('pegawai.transfer.unitFilter')} value={unitFilter} onChange={(event) => setUnitFilter(event.target.value)} autoComplete="off" />
        <FieldFrame id={unitSelectId} label={t('pegawai.transfer.unit')} error={errors.unit}>
          <select
            id={unitSelectId}
            className="field__control"
            value={unitId}
            disabled={units.isPending}
            aria-invalid={errors.unit ? true : undefined}
            aria-describedby={errors.unit ? `${unitSelectId}-error` : undefined}
            onChange={(event) => {
              setUnitId(event.target.value);
              setJabatanId('');
            }}
          >
            <option value="">{units.isPending ? t('common.loading') : t('pegawai.transfer.chooseUnit', { count: groups.reduce((n, g) => n + g.units.length, 0) })}</option>
            {groups.map((group) => (
              <optgroup key={group.opd.id} label={group.opd.name}>
                {group.units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {`${'\u00A0\u00A0'.repeat(unit.depth)}${unit.name}`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </FieldFrame>
        {unitId && posts.isPending ? <Loading /> : null}
        {posts.isError ? <ErrorMessage error={posts.error} onRetry={() => void posts.refetch()} /> : null}
        {unitId && posts.data ? (
          <FieldFrame id={jabatanSelectId} label={t('pegawai.transfer.jabatan')} error={errors.jabatan}>
            <select
              id={jabatanSelectId}
              className="field__control"
              value={jabatanId}
              aria-invalid={errors.jabatan ? true : undefined}
              aria-describedby={errors.jabatan ? `${jabatanSelectId}-error` : undefined}
              onChange={(event) => setJabatanId(event.target.value)}
            >
              <option value="">{posts.data.length === 0 ? t('pegawai.transfer.noPosts') : t('pegawai.transfer.chooseJabatan')}</option>
              {posts.data.map((post) => (
                <option key={post.id} value={post.id}>
                  {[post.name, t(`jenisJabatan.${post.jenis}`), post.isHead ? t('organisation.headPost') : null, t('pegawai.transfer.holders', { count: post.holders.length })]
                    .filter(Boolean)
                    .join(' · ')}
                </option>
              ))}
            </select>
          </FieldFrame>
        ) : null}
        <TextField type="date" label={t('pegawai.transfer.validFrom')} hint={t('pegawai.transfer.validFromHint')} value={validFrom} onChange={(event) => setValidFrom(event.target.value)} error={errors.validFrom} required />
        <CheckboxField label={t('pegawai.transfer.acting')} checked={acting} onChange={(event) => setActing(event.target.checked)} />
        <TextAreaField label={t('pegawai.transfer.note')} hint={t('pegawai.transfer.noteHint')} value={note} onChange={(event) => setNote(event.target.value)} maxLength={maxLengthOf(transferRequest.shape.note)} />
        {mutation.error ? <DialogError error={mutation.error} /> : null}
      </form>
    </Dialog>
  );
}
