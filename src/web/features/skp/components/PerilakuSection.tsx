import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { perilakuRequest, type SkpContent } from '../../../../shared/schemas/planning';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useSavePerilaku } from '../api/save-perilaku';
import { TextAreaField } from '../../../components/TextAreaField';
import { maxLengthOf } from '../../../lib/schema-limits';

interface PerilakuSectionProps {
  skpId?: string | undefined;
  perilaku: SkpContent['perilaku'];
  editable: boolean;
}

/** The seven BerAKHLAK values with their guides; the atasan's ekspektasi khusus is editable when allowed. */
export function PerilakuSection({ skpId, perilaku, editable }: PerilakuSectionProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(perilaku.map((p) => [p.code, p.ekspektasi])));
  const mutation = useSavePerilaku();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!skpId) return;
    mutation.mutate({ skpId, items: perilaku.map((p) => ({ code: p.code, ekspektasi: draft[p.code] ?? '' })) });
  }

  const list = (
    <ol className="skp-perilaku">
      {perilaku.map((value) => (
        <li key={value.code} className="skp-perilaku__item">
          <h3>{value.name}</h3>
          <ul className="skp-perilaku__guides">
            {value.guides.map((guide) => (
              <li key={guide}>{guide}</li>
            ))}
          </ul>
          {editable ? (
            <TextAreaField label={t('skp.perilaku.ekspektasiFor', { name: value.name })} value={draft[value.code] ?? ''} onChange={(event) => setDraft({ ...draft, [value.code]: event.target.value })} maxLength={maxLengthOf(perilakuRequest.shape.items.element.shape.ekspektasi)} rows={2} />
          ) : (
            <p>
              <span className="muted">{t('skp.perilaku.ekspektasi')}:</span> {value.ekspektasi || '—'}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
  return (
    <section className="skp-section" aria-labelledby="skp-perilaku">
      <h2 id="skp-perilaku">{t('skp.perilaku.title')}</h2>
      {editable ? (
        <form className="stack" onSubmit={handleSubmit}>
          {list}
          {mutation.isSuccess ? <Alert tone="success">{t('skp.saved')}</Alert> : null}
          {mutation.error ? <ErrorMessage error={mutation.error} /> : null}
          <Button type="submit" busy={mutation.isPending} busyLabel={t('common.saving')}>
            {t('skp.perilaku.save')}
          </Button>
        </form>
      ) : (
        list
      )}
    </section>
  );
}
