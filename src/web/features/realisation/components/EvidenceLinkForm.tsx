import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextField } from '../../../components/Field';
import { useAddEvidenceLink } from '../api/add-evidence-link';
import { evidenceLinkInput } from '../../../../shared/schemas/execution';
import { maxLengthOf } from '../../../lib/schema-limits';

interface EvidenceLinkFormProps {
  skpId: string;
  periodId: string;
  ikiId: string;
  onDone: () => void;
}

/** A link as evidence (a shared drive folder, a news item, an SP4N-LAPOR! ticket). */
export function EvidenceLinkForm({ skpId, periodId, ikiId, onDone }: EvidenceLinkFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<{ title?: string; url?: string }>({});
  const add = useAddEvidenceLink();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: { title?: string; url?: string } = {};
    if (!title.trim()) next.title = t('realisation.link.titleRequired');
    if (!/^https?:\/\/\S+$/i.test(url.trim())) next.url = t('realisation.link.urlInvalid');
    setErrors(next);
    if (next.title || next.url) return;
    add.mutate({ skpId, periodId, ikiId, title: title.trim(), url: url.trim() }, { onSuccess: onDone });
  }

  return (
    <form className="evidence-link stack" onSubmit={handleSubmit} noValidate>
      <TextField label={t('realisation.link.title')} value={title} onChange={(event) => setTitle(event.target.value)} error={errors.title} maxLength={maxLengthOf(evidenceLinkInput.shape.title)} required />
      <TextField label={t('realisation.link.url')} type="url" inputMode="url" placeholder="https://" value={url} onChange={(event) => setUrl(event.target.value)} error={errors.url} maxLength={maxLengthOf(evidenceLinkInput.shape.url)} required />
      {add.error ? <ErrorMessage error={add.error} /> : null}
      <div className="rl-buttons cluster">
        <Button type="submit" size="sm" busy={add.isPending} busyLabel={t('common.saving')}>
          {t('realisation.link.submit')}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
