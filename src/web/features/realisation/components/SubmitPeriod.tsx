import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodRealisationView } from '../../../../shared/schemas/execution';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useSubmitPeriod } from '../api/submit-period';

/** Kirim realisasi, after a confirmation; the indicators still empty are named first. */
export function SubmitPeriod({ view }: { view: PeriodRealisationView }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmitPeriod();
  const iki = view.rhk.flatMap((rhk) => rhk.iki);
  const empty = iki.filter((row) => row.realisation === null);
  if (!view.can.submit && !submit.isSuccess) return null;
  return (
    <section className="realisation-section card" aria-labelledby="realisation-submit">
      <h2 id="realisation-submit">{t('realisation.submit.title')}</h2>
      {submit.isSuccess ? (
        <Alert tone="success">{t('realisation.submit.done', { period: view.period.name })}</Alert>
      ) : (
        <>
          <p>{t('realisation.submit.intro')}</p>
          {/* The server refuses a period with an empty indicator; say which ones before it has to. */}
          {empty.length > 0 ? (
            <Alert tone="warning" live={false} title={t('realisation.submit.emptyTitle', { count: empty.length })}>
              <ul>
                {empty.map((row) => (
                  <li key={row.id}>{row.indicator}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <Button onClick={() => setConfirming(true)}>{t('realisation.submit.button')}</Button>
        </>
      )}
      {confirming ? (
        <Dialog
          title={t('realisation.submit.confirmTitle')}
          onClose={() => setConfirming(false)}
          actions={
            <>
              <Button variant="secondary" onClick={() => setConfirming(false)} disabled={submit.isPending}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => submit.mutate({ skpId: view.skp.id, periodId: view.period.id }, { onSuccess: () => setConfirming(false) })} busy={submit.isPending} busyLabel={t('common.saving')}>
                {t('realisation.submit.confirm')}
              </Button>
            </>
          }
        >
          <p>{t('realisation.submit.confirmText', { period: view.period.name })}</p>
          {empty.length > 0 ? <Alert tone="warning" live={false}>{t('realisation.submit.emptyWarning', { count: empty.length })}</Alert> : null}
          {submit.error ? <ErrorMessage error={submit.error} /> : null}
        </Dialog>
      ) : null}
    </section>
  );
}
