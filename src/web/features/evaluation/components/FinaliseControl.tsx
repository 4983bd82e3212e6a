import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { TextAreaField } from '../../../components/TextAreaField';
import { useFinalise } from '../api/finalise';
import type { CalibrationView } from '../api/types';
import { finaliseInput } from '../../../../shared/schemas/evaluation';
import { maxLengthOf } from '../../../lib/schema-limits';

/**
 * Finalisation of the whole group. Hard mode: refused while the curve is broken (the blockers
 * say why). Soft mode with a broken curve: allowed with a justification, which goes to the audit log.
 */
export function FinaliseControl({ view, periodId }: { view: CalibrationView; periodId: string }) {
  const { t } = useTranslation();
  const finalise = useFinalise();
  const [open, setOpen] = useState(false);
  const [justification, setJustification] = useState('');
  const toFinalise = view.rated - view.finalised;
  if (view.total > 0 && view.finalised === view.total) return <Alert tone="success" live={false}>{t('evaluation.calibration.allFinalised')}</Alert>;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    finalise.mutate(view.justificationRequired ? { periodId, justification } : { periodId }, { onSuccess: () => setOpen(false) });
  }

  return (
    <section className="card stack" aria-labelledby="finalise-title">
      <h2 id="finalise-title">{t('evaluation.calibration.finaliseTitle')}</h2>
      {view.blockers.length > 0 ? (
        <Alert tone="warning" title={t('evaluation.calibration.blocked')} live={false}>
          <ul>
            {view.blockers.map((b) => <li key={b}>{b}</li>)}
          </ul>
        </Alert>
      ) : view.justificationRequired ? (
        <Alert tone="warning" live={false}>{t('evaluation.calibration.softWarning')}</Alert>
      ) : (
        <p>{t('evaluation.calibration.ready', { n: toFinalise })}</p>
      )}
      {finalise.isSuccess ? <Alert tone="success">{t('evaluation.calibration.finalised', { n: finalise.data.finalised })}</Alert> : null}
      {finalise.isError && !open ? <ErrorMessage error={finalise.error} /> : null}
      <div>
        <Button disabled={!view.can.finalise} busy={finalise.isPending && !open} busyLabel={t('common.saving')} onClick={() => (view.justificationRequired ? setOpen(true) : submit())}>
          {t('evaluation.calibration.finalise')}
        </Button>
      </div>
      {open ? (
        <Dialog title={t('evaluation.calibration.justifyTitle')} onClose={() => setOpen(false)} actions={<FormDialogActions formId="finalise-justification" pending={finalise.isPending} submitLabel={t('evaluation.calibration.finalise')} onCancel={() => setOpen(false)} />}>
          <form id="finalise-justification" className="stack" onSubmit={submit}>
            <p>{t('evaluation.calibration.justifyIntro')}</p>
            <TextAreaField label={t('evaluation.calibration.justification')} value={justification} onChange={(e) => setJustification(e.target.value)} required minLength={10} rows={4} maxLength={maxLengthOf(finaliseInput.shape.justification)} />
            {finalise.isError ? <ErrorMessage error={finalise.error} /> : null}
          </form>
        </Dialog>
      ) : null}
    </section>
  );
}
