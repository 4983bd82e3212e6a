import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../config/password-rules';
import './password-hints.css';

interface PasswordHintsProps {
  id: string;
  login: string;
  newPassword: string;
  confirmation: string;
}

type HintState = 'met' | 'unmet' | 'info';

/** Live checks of the rules the server enforces; "not common" can only be checked there. */
export function PasswordHints({ id, login, newPassword, confirmation }: PasswordHintsProps) {
  const { t } = useTranslation();
  const containsLogin = newPassword.trim().toLowerCase().includes(login.trim().toLowerCase());
  const hints: { key: string; text: string; state: HintState }[] = [
    {
      key: 'minLength',
      text: t('account.hints.minLength', { min: PASSWORD_MIN_LENGTH }),
      state: newPassword.length >= PASSWORD_MIN_LENGTH ? 'met' : 'unmet',
    },
    { key: 'notLogin', text: t('account.hints.notLogin'), state: newPassword && !containsLogin ? 'met' : 'unmet' },
    { key: 'notCommon', text: t('account.hints.notCommon'), state: 'info' },
    {
      key: 'matches',
      text: t('account.hints.matches'),
      state: confirmation && confirmation === newPassword ? 'met' : 'unmet',
    },
  ];
  return (
    <div id={id} className="password-hints">
      <p className="password-hints__title">{t('account.hintsTitle')}</p>
      <ul>
        {hints.map((hint) => (
          <li key={hint.key} className={`password-hints__item password-hints__item--${hint.state}`}>
            <span className="password-hints__icon" aria-hidden="true">
              {hint.state === 'met' ? '✓' : hint.state === 'info' ? 'i' : '○'}
            </span>
            {hint.text}
            {hint.state === 'info' ? null : (
              <span className="visually-hidden"> ({hint.state === 'met' ? t('common.met') : t('common.notMet')})</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
