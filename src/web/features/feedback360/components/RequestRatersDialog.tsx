import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Chip } from '../../../components/Chip';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { useCreateRequests } from '../api/create-requests';
import type { Feedback360Created, RaterDraft } from '../api/types';
import { RaterPicker, type ChosenRater } from './RaterPicker';
import { ServiceUserLinks } from './ServiceUserLinks';

interface RequestRatersDialogProps {
  subject: { pegawaiId: string; name: string };
  periodId: string;
  myPegawaiId: string | null;
  onClose: () => void;
}

const MAX_RATERS = 20;

function toDraft(rater: ChosenRater): RaterDraft {
  return rater.relation === 'PENGGUNA_LAYANAN' ? { relation: rater.relation, label: rater.label } : { relation: rater.relation, pegawaiId: rater.pegawaiId };
}

/** "Minta umpan balik": the penilai names raters; service users' one-time links are shown once, here. */
export function RequestRatersDialog({ subject, periodId, myPegawaiId, onClose }: RequestRatersDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [chosen, setChosen] = useState<ChosenRater[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [created, setCreated] = useState<Feedback360Created | null>(null);
  const mutation = useCreateRequests();
  const excludeIds = [subject.pegawaiId, ...(myPegawaiId ? [myPegawaiId] : []), ...chosen.flatMap((r) => ('pegawaiId' in r ? [r.pegawaiId] : []))];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosen.length === 0) {
      setError(t('feedback360.request.noneChosen'));
      return;
    }
    setError(undefined);
    mutation.mutate({ subjectPegawaiId: subject.pegawaiId, periodId, raters: chosen.map(toDraft) }, { onSuccess: (reply) => (reply.serviceUserLinks.length > 0 ? setCreated(reply) : onClose()) });
  }

  if (created) {
    return (
      <Dialog
        key="links"
        title={t('feedback360.request.linksTitle')}
        onClose={onClose}
        actions={
          <Button variant="primary" onClick={onClose}>
            {t('feedback360.request.done')}
          </Button>
        }
      >
        <ServiceUserLinks created={created} />
      </Dialog>
    );
  }

  return (
    <Dialog
      key="form"
      title={t('feedback360.request.title', { name: subject.name })}
      onClose={onClose}
      actions={<FormDialogActions formId={formId} pending={mutation.isPending} submitLabel={t('feedback360.request.submit', { n: chosen.length })} onCancel={onClose} />}
    >
      <div className="stack">
        <p className="muted">{t('feedback360.request.intro')}</p>
        <RaterPicker excludeIds={excludeIds} onAdd={(rater) => setChosen((current) => (current.length >= MAX_RATERS ? current : [...current, rater]))} />
        <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
          <h3 className="fb360-chosen__title" id={`${formId}-chosen`}>
            {t('feedback360.request.chosen', { n: chosen.length })}
          </h3>
          {chosen.length === 0 ? (
            <p className="muted">{t('feedback360.request.noneYet')}</p>
          ) : (
            <ul className="fb360-chosen cluster" aria-labelledby={`${formId}-chosen`}>
              {chosen.map((rater) => (
                <li key={rater.key}>
                  <Chip
                    label={`${rater.name} (${t(`feedback360.relation.${rater.relation}`)})`}
                    removeLabel={t('feedback360.request.remove', { name: rater.name })}
                    onRemove={() => setChosen((current) => current.filter((r) => r.key !== rater.key))}
                  />
                </li>
              ))}
            </ul>
          )}
          {error ? (
            <p className="field__error" role="alert">
              {error}
            </p>
          ) : null}
          {mutation.error ? <ErrorMessage error={mutation.error} /> : null}
        </form>
      </div>
    </Dialog>
  );
}
