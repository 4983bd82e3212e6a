import { useTranslation } from 'react-i18next';
import { languages } from '../i18n';
import { useLanguage } from '../i18n/use-language';
import './language-toggle.css';

export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const current = useLanguage();
  return (
    <div className="language-toggle" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          className="language-toggle__option"
          aria-pressed={current === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {language.toUpperCase()}
          <span className="visually-hidden" lang={language}>
            {t(`language.${language}`, { lng: language })}
          </span>
        </button>
      ))}
    </div>
  );
}
