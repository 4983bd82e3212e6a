import { useTranslation } from 'react-i18next';
import { roleLabels, type Role } from '../../shared/roles';
import type { Language } from './index';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'id';
}

/** Role names come from src/shared so server and web never disagree on them. */
export function useRoleLabel(): (role: Role) => string {
  const language = useLanguage();
  return (role) => roleLabels[role][language];
}
