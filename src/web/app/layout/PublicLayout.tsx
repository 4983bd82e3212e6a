import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../../components/LanguageToggle';
import { OfflineBanner } from '../../components/OfflineBanner';
import { usePageTitle } from '../../components/PageHeader';
import { SkipLink } from './SkipLink';
import './layout.css';

/** Frame for pages seen before signing in: brand, language and one centred column. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <SkipLink />
      <OfflineBanner />
      <header className="app-header">
        <div className="app-header__brand">
          <span className="app-header__name">{t('app.name')}</span>
          <span className="app-header__sub">{t('app.city')}</span>
        </div>
        <div className="app-header__actions">
          <LanguageToggle />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="public-main">
        {children}
      </main>
    </div>
  );
}

/** A citizen's page: its title in the browser tab, the page in the public frame. */
export function PublicPage({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return <PublicLayout>{children}</PublicLayout>;
}
