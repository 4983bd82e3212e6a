import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../config/password-rules';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PasswordField } from '../../../components/PasswordField';
import { isApiError } from '../../../lib/api-error';
import { useChangePassword } from '../api/change-password';
import { PasswordHints } from './PasswordHints';

interface FieldErrors {
  currentPassword?: string;
  newPassword?: string;
  confirmation?: string;
}

const emptyForm = { currentPassword: '', newPassword: '', confirmation: '' };

/** Server refusals for one field are shown at that field rather than at the top. */
function serverFieldErrors(error: unknown): FieldErrors | null {
  if (!isApiError(error)) return null;
  if (error.code === 'WRONG_PASSWORD') return { currentPassword: error.message };
  if (error.code === 'WEAK_PASSWORD') {
    const reasons = error.details.filter((d) => d.path === 'newPassword' && d.message).map((d) => d.message);
    return { newPassword: reasons.length > 0 ? reasons.join(' ') : error.message };
  }
  return null;
}

export function ChangePasswordForm({ login }: { login: string }) {
  const { t } = useTranslation();
  const hintsId = useId();
  const mutation = useChangePassword();
  const [form, setForm] = useState(emptyForm);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const fromServer = serverFieldErrors(mutation.error);
  const errors: FieldErrors = { ...fromServer, ...localErrors };

  const update = (field: keyof typeof emptyForm) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: FieldErrors = {};
    if (!form.currentPassword) next.currentPassword = t('signIn.passwordRequired');
    if (form.newPassword.length < PASSWORD_MIN_LENGTH) next.newPassword = t('account.tooShort', { min: PASSWORD_MIN_LENGTH });
    if (form.confirmation !== form.newPassword) next.confirmation = t('account.mismatch');
    setLocalErrors(next);
    const firstInvalid = (['currentPassword', 'newPassword', 'confirmation'] as const).find((field) => next[field]);
    if (firstInvalid) {
      event.currentTarget.querySelector<HTMLInputElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    mutation.mutate(
      { currentPassword: form.currentPassword, newPassword: form.newPassword },
      { onSuccess: () => setForm(emptyForm) },
    );
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate>
      {mutation.isSuccess ? <Alert tone="success">{t('account.success')}</Alert> : null}
      {mutation.error && !fromServer ? <ErrorMessage error={mutation.error} /> : null}
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={login} readOnly hidden />
      <PasswordField
        name="currentPassword"
        label={t('account.currentPassword')}
        autoComplete="current-password"
        value={form.currentPassword}
        onChange={update('currentPassword')}
        error={errors.currentPassword}
        required
      />
      <PasswordField
        name="newPassword"
        label={t('account.newPassword')}
        autoComplete="new-password"
        value={form.newPassword}
        onChange={update('newPassword')}
        error={errors.newPassword}
        aria-describedby={hintsId}
        required
      />
      <PasswordField
        name="confirmation"
        label={t('account.confirmPassword')}
        autoComplete="new-password"
        value={form.confirmation}
        onChange={update('confirmation')}
        error={errors.confirmation}
        required
      />
      <PasswordHints id={hintsId} login={login} newPassword={form.newPassword} confirmation={form.confirmation} />
      <Button type="submit" busy={mutation.isPending} busyLabel={t('common.saving')}>
        {t('account.submit')}
      </Button>
    </form>
  );
}
