import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { SettingsPanel } from '../../features/settings/components/SettingsPanel';

export function SettingsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} intro={t('settings.intro')} />
      <SettingsPanel />
    </>
  );
}
