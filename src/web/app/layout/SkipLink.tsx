import { useTranslation } from 'react-i18next';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        // Focus the content without adding #main to the router's history.
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t('shell.skipToContent')}
    </a>
  );
}
