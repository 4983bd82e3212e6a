import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextField } from '../../../components/Field';
import { PasswordField } from '../../../components/PasswordField';
import { useLogin } from '../api/login';

interface FieldErrors {
  login?: string;
  password?: string;
}

export function LoginForm() {
  const { t } = useTranslation();
  const loginMutation = useLogin();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const loginRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const login = String(form.get('login') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const errors: FieldErrors = {
      ...(login ? {} : { login: t('signIn.loginRequired') }),
      ...(password ? {} : { password: t('signIn.passwordRequired') }),
    };
    setFieldErrors(errors);
    if (errors.login) return loginRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    loginMutation.mutate({ login, password });
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate>
      {loginMutation.error ? <ErrorMessage error={loginMutation.error} /> : null}
      <TextField
        ref={loginRef}
        name="login"
        label={t('signIn.login')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        error={fieldErrors.login}
      />
      <PasswordField
        ref={passwordRef}
        name="password"
        label={t('signIn.password')}
        autoComplete="current-password"
        required
        error={fieldErrors.password}
      />
      <Button type="submit" className="button--block" busy={loginMutation.isPending} busyLabel={t('signIn.submitting')}>
        {t('signIn.submit')}
      </Button>
    </form>
  );
}
