import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkpView } from '../../../../shared/schemas/planning';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { env } from '../../../config/env';
import { useTransitionSkp, type SkpTransition } from '../api/skp-transition';
import { ReturnDialog } from './ReturnDialog';

/** The workflow buttons the server offers (`can`), and the documents. */
export function SkpActions({ skp }: { skp: SkpView }) {
  const { t } = useTranslation();
  const [returning, setReturning] = useState(false);
  const mutation = useTransitionSkp();
  const run = (action: SkpTransition) => mutation.mutate({ skpId: skp.id, action });
  const done = mutation.isSuccess ? mutation.variables.action : null;
  const base = `${env.apiBaseUrl}/skp/${encodeURIComponent(skp.id)}/document`;
  return (
    <section className="skp-section" aria-labelledby="skp-actions">
      <h2 id="skp-actions">{t('skp.actionsTitle')}</h2>
      <div className="skp-buttons cluster">
        {skp.can.submit ? (
          <Button onClick={() => run('submit')} busy={mutation.isPending && mutation.variables.action === 'submit'} busyLabel={t('common.saving')}>
            {t('skp.action.submit')}
          </Button>
        ) : null}
        {skp.can.approve ? (
          <Button onClick={() => run('approve')} busy={mutation.isPending && mutation.variables.action === 'approve'} busyLabel={t('common.saving')}>
            {t('skp.action.approve')}
          </Button>
        ) : null}
        {skp.can.return ? (
          <Button variant="danger" onClick={() => setReturning(true)}>
            {t('skp.action.return')}
          </Button>
        ) : null}
        {skp.can.revise ? (
          <Button variant="secondary" onClick={() => run('revise')} busy={mutation.isPending && mutation.variables.action === 'revise'} busyLabel={t('common.saving')}>
            {t('skp.action.revise')}
          </Button>
        ) : null}
        <a className="button button--secondary button--md" href={`${base}.pdf`} download>
          {t('skp.download.pdf')}
        </a>
        <a className="button button--secondary button--md" href={`${base}.xlsx`} download>
          {t('skp.download.xlsx')}
        </a>
      </div>
      {done ? <Alert tone="success">{t(`skp.done.${done}`)}</Alert> : null}
      {mutation.error ? <ErrorMessage error={mutation.error} /> : null}
      {returning ? <ReturnDialog skpId={skp.id} pegawaiName={skp.pegawai.name} onClose={() => setReturning(false)} /> : null}
    </section>
  );
}
