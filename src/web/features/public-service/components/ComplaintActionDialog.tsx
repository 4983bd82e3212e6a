import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/Field';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { TextAreaField } from '../../../components/TextAreaField';
import { useActOnComplaint } from '../api/complaint';
import { useServiceUnit } from '../api/service-units';
import type { ComplaintDetail } from '../api/types';
import { fieldErrors } from '../hooks/use-labels';

export type ActionKind = 'assign' | 'respond' | 'resolve' | 'reject';

interface ComplaintActionDialogProps {
  complaint: ComplaintDetail;
  kind: ActionKind;
  onClose: () => void;
}

/** One step of the workflow in a dialog: dispatch to a member, answer, close with an answer, or reject. */
export function ComplaintActionDialog({ complaint, kind, onClose }: ComplaintActionDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const act = useActOnComplaint(complaint.id);
  const unit = useServiceUnit(kind === 'assign' ? complaint.serviceUnitId : '');
  const [pegawaiId, setPegawaiId] = useState(complaint.assignee?.pegawaiId ?? '');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const server = fieldErrors(act.error);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (kind === 'assign') {
      if (!pegawaiId) return setError(t('publicService.action.memberRequired'));
      act.mutate({ action: 'assign', pegawaiId, ...(text.trim() ? { note: text.trim() } : {}) }, { onSuccess: onClose });
      return;
    }
    if (!text.trim()) return setError(t('publicService.action.textRequired'));
    const input = kind === 'reject' ? { action: kind, reason: text.trim() } : { action: kind, text: text.trim() };
    act.mutate(input, { onSuccess: onClose });
  }

  const members = unit.data?.members ?? [];
  return (
    <Dialog title={t(`publicService.action.${kind}Title`, { ticket: complaint.ticket })} onClose={onClose} actions={<FormDialogActions formId={formId} pending={act.isPending} submitLabel={t(`publicService.action.${kind}Submit`)} onCancel={onClose} danger={kind === 'reject'} />}>
      <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
        {kind === 'assign' ? (
          <SelectField
            label={t('publicService.action.member')}
            value={pegawaiId}
            error={error ?? server.pegawaiId}
            disabled={unit.isPending}
            onChange={(event) => {
              setPegawaiId(event.target.value);
              setError(undefined);
            }}
            options={[{ value: '', label: unit.isPending ? t('publicService.loading') : t('publicService.complaint.choose') }, ...members.map((m) => ({ value: m.pegawaiId, label: `${m.name} (${m.nip})` }))]}
          />
        ) : null}
        <TextAreaField
          label={t(`publicService.action.${kind}Text`)}
          hint={kind === 'respond' || kind === 'resolve' ? t('publicService.action.publicHint') : kind === 'reject' ? t('publicService.action.rejectHint') : undefined}
          value={text}
          error={kind === 'assign' ? server.note : (error ?? server.text ?? server.reason)}
          onChange={(event) => {
            setText(event.target.value);
            if (kind !== 'assign') setError(undefined);
          }}
          rows={5}
          maxLength={kind === 'reject' ? 2000 : kind === 'assign' ? 1000 : 4000}
        />
        {unit.isError ? <ErrorMessage error={unit.error} /> : null}
        {act.error && Object.keys(server).length === 0 ? <ErrorMessage error={act.error} /> : null}
      </form>
    </Dialog>
  );
}
