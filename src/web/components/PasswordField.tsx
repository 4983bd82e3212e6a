import { useId, useState, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { FieldFrame, describedBy } from './Field';

interface PasswordFieldProps extends Omit<ComponentProps<'input'>, 'type'> {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
}

export function PasswordField({ label, hint, error, id: givenId, ...input }: PasswordFieldProps) {
  const { t } = useTranslation();
  const autoId = useId();
  const id = givenId ?? autoId;
  const [visible, setVisible] = useState(false);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <div className="field__with-action">
        <input
          {...input}
          id={id}
          type={visible ? 'text' : 'password'}
          className="field__control"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error, input['aria-describedby'])}
        />
        <Button variant="secondary" aria-controls={id} onClick={() => setVisible((v) => !v)}>
          {visible ? t('common.hide') : t('common.show')}
          <span className="visually-hidden"> {label}</span>
        </Button>
      </div>
    </FieldFrame>
  );
}
