import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/Field';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { TextAreaField } from '../../../components/TextAreaField';
import { QueryState } from '../../../components/QueryState';
import { useFeedbackRecipients } from '../api/get-recipients';
import { useGiveFeedback } from '../api/give-feedback';
import { feedbackInput } from '../../../../shared/schemas/feedback';
import { maxLengthOf } from '../../../lib/schema-limits';

interface GiveFeedbackDialogProps {
  onClose: () => void;
  onSent: (recipientName: string) => void;
}

/** Beri umpan balik: general feedback, any time, to someone the caller works with. */
export function GiveFeedbackDialog({ onClose, onSent }: GiveFeedbackDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const recipients = useFeedbackRecipients();
  const give = useGiveFeedback();
  const [recipientId, setRecipientId] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ recipient?: string; text?: string }>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: { recipient?: string; text?: string } = {};
    if (!recipientId) next.recipient = t('feedback.give.recipientRequired');
    if (!text.trim()) next.text = t('feedback.give.textRequired');
    setErrors(next);
    if (next.recipient || next.text) return;
    const name = recipients.data?.items.find((item) => item.pegawaiId === recipientId)?.name ?? '';
    give.mutate({ toPegawaiId: recipientId, text: text.trim() }, { onSuccess: () => onSent(name) });
  }

  const items = recipients.data?.items ?? [];
  return (
    <Dialog title={t('feedback.give.title')} onClose={onClose} actions={<FormDialogActions formId={formId} pending={give.isPending} submitLabel={t('feedback.give.submit')} onCancel={onClose} />}>
      <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
        <p>{t('feedback.give.intro')}</p>
        {!recipients.isSuccess ? <QueryState query={recipients} /> : null}
        {recipients.data && items.length === 0 ? <p className="muted">{t('feedback.give.noRecipients')}</p> : null}
        {items.length > 0 ? (
          <SelectField
            label={t('feedback.give.recipient')}
            value={recipientId}
            onChange={(event) => setRecipientId(event.target.value)}
            error={errors.recipient}
            options={[
              { value: '', label: t('feedback.give.choose') },
              ...items.map((item) => ({ value: item.pegawaiId, label: `${item.name} — ${t(`feedback.recipientRelation.${item.relation}`)}${item.jabatan ? `, ${item.jabatan}` : ''}` })),
            ]}
          />
        ) : null}
        <TextAreaField label={t('feedback.give.text')} hint={t('feedback.give.textHint')} value={text} onChange={(event) => setText(event.target.value)} error={errors.text} maxLength={maxLengthOf(feedbackInput.shape.text)} rows={5} />
        {give.error ? <ErrorMessage error={give.error} /> : null}
      </form>
    </Dialog>
  );
}
