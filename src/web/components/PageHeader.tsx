import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import './page-header.css';

export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title, appName]);
}

interface PageHeaderProps {
  title: string;
  intro?: string;
}

export function PageHeader({ title, intro }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <header className="page-header">
      <h1 tabIndex={-1}>{title}</h1>
      {intro ? <p className="muted">{intro}</p> : null}
    </header>
  );
}
