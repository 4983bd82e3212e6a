import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateSkpRequest, type SkpContent } from '../../../../shared/schemas/planning';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useUpdateSkp } from '../api/update-skp';
import { TextAreaField } from '../../../components/TextAreaField';
import { maxLengthOf } from '../../../lib/schema-limits';

const parts = ['sumberDaya', 'skema', 'konsekuensi'] as const;

interface LampiranSectionProps {
  skpId?: string | undefined;
  lampiran: SkpContent['lampiran'];
  editable: boolean;
}

/** Lampiran SKP: resources, accountability scheme and consequences. */
export function LampiranSection({ skpId, lampiran, editable }: LampiranSectionProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(lampiran);
  const mutation = useUpdateSkp();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (skpId) mutation.mutate({ skpId, lampiran: draft });
  }

  return (
    <section className="skp-section" aria-labelledby="skp-lampiran">
      <h2 id="skp-lampiran">{t('skp.lampiran.title')}</h2>
      {editable ? (
        <form className="stack card" onSubmit={handleSubmit}>
          {parts.map((part) => (
            <TextAreaField key={part} label={t(`skp.lampiran.${part}`)} value={draft[part]} onChange={(event) => setDraft({ ...draft, [part]: event.target.value })} maxLength={maxLengthOf(updateSkpRequest.shape.lampiran.unwrap().shape[part])} rows={3} />
          ))}
          {mutation.isSuccess ? <Alert tone="success">{t('skp.saved')}</Alert> : null}
          {mutation.error ? <ErrorMessage error={mutation.error} /> : null}
          <Button type="submit" busy={mutation.isPending} busyLabel={t('common.saving')}>
            {t('skp.lampiran.save')}
          </Button>
        </form>
      ) : (
        <dl className="skp-facts card">
          {parts.map((part) => (
            <div key={part}>
              <dt>{t(`skp.lampiran.${part}`)}</dt>
              <dd>{lampiran[part] || '—'}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
