import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { coreValues } from '../../../../domain/berakhlak';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { useAnswerRequest } from '../api/answer-request';
import type { InboxItem } from '../api/types';
import { ValueScaleForm } from './ValueScaleForm';

interface AnswerDialogProps {
  request: InboxItem;
  onClose: () => void;
  onDone: () => void;
}

/** A colleague's answer to one request: the seven values of the regulation, scored 1–5. */
export function AnswerDialog({ request, onClose, onDone }: AnswerDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const mutation = useAnswerRequest();
  return (
    <Dialog
      title={t('feedback360.answer.title', { name: request.subjectName })}
      onClose={onClose}
      actions={<FormDialogActions formId={formId} pending={mutation.isPending} submitLabel={t('feedback360.answer.submit')} onCancel={onClose} />}
    >
      <div className="stack">
        <p>{t('feedback360.answer.intro', { name: request.subjectName, period: request.periodName, relation: t(`feedback360.relation.${request.relation}`) })}</p>
        <p className="muted">{t('feedback360.answer.anonymous')}</p>
        <ValueScaleForm formId={formId} values={coreValues} onSubmit={(answer) => mutation.mutate({ requestId: request.requestId, answer }, { onSuccess: onDone })} />
        {mutation.error ? <ErrorMessage error={mutation.error} /> : null}
      </div>
    </Dialog>
  );
}
