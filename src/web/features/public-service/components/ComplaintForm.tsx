import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_PHOTO_MAX_BYTES, complaintPhotoTypes, complaintSubmission } from '../../../../shared/schemas/public-service';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextAreaField } from '../../../components/TextAreaField';
import { useFileComplaint } from '../api/file-complaint';
import type { ComplaintCategory, PublicUnitView, Receipt } from '../api/types';
import { fieldErrors } from '../hooks/use-labels';
import { HoneypotField } from './HoneypotField';
import { maxLengthOf } from '../../../lib/schema-limits';

const MIN_DESCRIPTION = 20;
const photoTypes = Object.keys(complaintPhotoTypes);

interface ComplaintFormProps {
  unit: PublicUnitView;
  onFiled: (receipt: Receipt) => void;
}

/** The citizen's complaint: category, what happened, an optional photo and optional contact. */
export function ComplaintForm({ unit, onFiled }: ComplaintFormProps) {
  const { t } = useTranslation();
  const file = useFileComplaint();
  const [category, setCategory] = useState<ComplaintCategory | ''>('');
  const [description, setDescription] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [contact, setContact] = useState({ name: '', phone: '', email: '' });
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrors(file.error);
  const errorOf = (field: string) => errors[field] ?? serverErrors[field];

  function choosePhoto(chosen: File | undefined) {
    const next = { ...errors };
    delete next.photo;
    if (chosen && chosen.size > COMPLAINT_PHOTO_MAX_BYTES) next.photo = t('publicService.complaint.photoTooLarge');
    else if (chosen && chosen.type && !photoTypes.includes(chosen.type)) next.photo = t('publicService.complaint.photoType');
    setErrors(next);
    setPhoto(chosen && !next.photo ? chosen : null);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!category) found.category = t('publicService.complaint.categoryRequired');
    if (description.trim().length < MIN_DESCRIPTION) found.description = t('publicService.complaint.descriptionShort', { n: MIN_DESCRIPTION });
    if (errors.photo) found.photo = errors.photo;
    setErrors(found);
    if (!category || Object.keys(found).length > 0) {
      event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    file.mutate({ slug: unit.slug, category, description: description.trim(), ...contact, website, photo }, { onSuccess: onFiled });
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate>
      <SelectField
        label={t('publicService.complaint.category')}
        value={category}
        error={errorOf('category')}
        onChange={(event) => setCategory(event.target.value as ComplaintCategory | '')}
        options={[{ value: '', label: t('publicService.complaint.choose') }, ...unit.categories.map((c) => ({ value: c.code, label: t(`publicService.category.${c.code}`) }))]}
        required
      />
      <TextAreaField
        label={t('publicService.complaint.description')}
        hint={t('publicService.complaint.descriptionHint', { n: MIN_DESCRIPTION, count: description.trim().length })}
        value={description}
        error={errorOf('description')}
        onChange={(event) => setDescription(event.target.value)}
        rows={6}
        maxLength={maxLengthOf(complaintSubmission.shape.description)}
        required
      />
      <TextField
        label={t('publicService.complaint.photo')}
        hint={t('publicService.complaint.photoHint')}
        type="file"
        // image/* lets a phone offer its camera as well as the gallery.
        accept="image/*"
        error={errorOf('photo')}
        onChange={(event) => choosePhoto(event.target.files?.[0])}
      />
      <fieldset className="ps-fieldset boxed-fieldset stack">
        <legend>{t('publicService.complaint.contactTitle')}</legend>
        <p className="muted">{t('publicService.complaint.contactNote')}</p>
        <TextField label={t('publicService.complaint.name')} value={contact.name} autoComplete="name" maxLength={120} error={errorOf('name')} onChange={(e) => setContact({ ...contact, name: e.target.value })} />
        <TextField label={t('publicService.complaint.phone')} type="tel" inputMode="tel" autoComplete="tel" maxLength={20} value={contact.phone} error={errorOf('phone')} onChange={(e) => setContact({ ...contact, phone: e.target.value })} />
        <TextField label={t('publicService.complaint.email')} type="email" autoComplete="email" maxLength={200} value={contact.email} error={errorOf('email')} onChange={(e) => setContact({ ...contact, email: e.target.value })} />
      </fieldset>
      <HoneypotField value={website} onChange={setWebsite} />
      {file.error && Object.keys(serverErrors).length === 0 ? <ErrorMessage error={file.error} /> : null}
      <Button type="submit" busy={file.isPending} busyLabel={t('publicService.sending')}>
        {t('publicService.complaint.submit')}
      </Button>
    </form>
  );
}
