import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reopenPeriodInput, type PeriodRealisationView } from '../../../../shared/schemas/execution';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { TextAreaField } from '../../../components/TextAreaField';
import { useReopenPeriod } from '../api/reopen-period';
import { maxLengthOf } from '../../../lib/schema-limits';

/** A submitted period is locked; the pejabat penilai may reopen it with a reason, which the pegawai then sees. */
export function PeriodLock({ view }: { view: PeriodRealisationView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const locked = view.submittedAt !== null && !view.reopened;
  return (
    <>
      {view.underRevision ? (
        <Alert tone="info" live={false}>
          {t('realisation.lock.underRevision')}
        </Alert>
      ) : null}
      {view.reopened ? (
        <Alert tone="info" live={false} title={t('realisation.lock.reopenedTitle')}>
          {view.reopened.reason}
        </Alert>
      ) : null}
      {locked ? (
        <section className="realisation-section card" aria-labelledby="realisation-lock">
          <h2 id="realisation-lock">{t('realisation.lock.title')}</h2>
          <p>{view.can.reopen ? t('realisation.lock.penilaiIntro') : t('realisation.lock.intro')}</p>
          {view.can.reopen ? <Button variant="secondary" onClick={() => setOpen(true)}>{t('realisation.lock.reopen')}</Button> : null}
        </section>
      ) : null}
      {open ? <ReopenDialog view={view} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ReopenDialog({ view, onClose }: { view: PeriodRealisationView; onClose: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const reopen = useReopenPeriod();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim().length < 5) {
      setError(t('realisation.lock.reasonRequired'));
      return;
    }
    reopen.mutate({ skpId: view.skp.id, periodId: view.period.id, reason: reason.trim() }, { onSuccess: onClose });
  }

  return (
    <Dialog title={t('realisation.lock.reopenTitle', { period: view.period.name })} onClose={onClose} actions={<FormDialogActions formId={formId} pending={reopen.isPending} submitLabel={t('realisation.lock.reopenSubmit')} onCancel={onClose} />}>
      <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
        <p>{t('realisation.lock.reopenIntro', { name: view.skp.pegawaiName })}</p>
        <TextAreaField label={t('realisation.lock.reason')} value={reason} onChange={(event) => setReason(event.target.value)} error={error} maxLength={maxLengthOf(reopenPeriodInput.shape.reason)} rows={4} required />
        {reopen.error ? <ErrorMessage error={reopen.error} /> : null}
      </form>
    </Dialog>
  );
}
