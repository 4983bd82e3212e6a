import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/id';
import { env } from '../config/env';
import id from './id.json';
import en from './en.json';
// Every feature keeps its texts beside it (features/<feature>/i18n), each under its own top-level keys;
// this file keeps only what the whole app shares (app, nav, common, errors, …).
import authId from '../features/auth/i18n/id.json';
import authEn from '../features/auth/i18n/en.json';
import accountsId from '../features/accounts/i18n/id.json';
import accountsEn from '../features/accounts/i18n/en.json';
import auditId from '../features/audit/i18n/id.json';
import auditEn from '../features/audit/i18n/en.json';
import settingsId from '../features/settings/i18n/id.json';
import settingsEn from '../features/settings/i18n/en.json';
import organisationId from '../features/organisation/i18n/id.json';
import organisationEn from '../features/organisation/i18n/en.json';
import pegawaiId from '../features/pegawai/i18n/id.json';
import pegawaiEn from '../features/pegawai/i18n/en.json';
import importsId from '../features/imports/i18n/id.json';
import importsEn from '../features/imports/i18n/en.json';
import skpId from '../features/skp/i18n/id.json';
import skpEn from '../features/skp/i18n/en.json';
import realisationId from '../features/realisation/i18n/id.json';
import realisationEn from '../features/realisation/i18n/en.json';
import feedbackId from '../features/feedback/i18n/id.json';
import feedbackEn from '../features/feedback/i18n/en.json';
import dialogueId from '../features/dialogue/i18n/id.json';
import dialogueEn from '../features/dialogue/i18n/en.json';
import feedback360Id from '../features/feedback360/i18n/id.json';
import feedback360En from '../features/feedback360/i18n/en.json';
import notificationsId from '../features/notifications/i18n/id.json';
import notificationsEn from '../features/notifications/i18n/en.json';
import evaluationId from '../features/evaluation/i18n/id.json';
import evaluationEn from '../features/evaluation/i18n/en.json';
import publicServiceId from '../features/public-service/i18n/id.json';
import publicServiceEn from '../features/public-service/i18n/en.json';

const idBundle = { ...id, ...authId, ...accountsId, ...auditId, ...settingsId, ...organisationId, ...pegawaiId, ...importsId, ...skpId, ...realisationId, ...feedbackId, ...dialogueId, ...feedback360Id, ...notificationsId, ...evaluationId, ...publicServiceId };
const enBundle = { ...en, ...authEn, ...accountsEn, ...auditEn, ...settingsEn, ...organisationEn, ...pegawaiEn, ...importsEn, ...skpEn, ...realisationEn, ...feedbackEn, ...dialogueEn, ...feedback360En, ...notificationsEn, ...evaluationEn, ...publicServiceEn };

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

function isLanguage(value: unknown): value is Language {
  return value === 'id' || value === 'en';
}

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(env.languageStorageKey);
    return isLanguage(stored) ? stored : 'id';
  } catch {
    return 'id';
  }
}

function applyLanguage(language: string): void {
  const lang: Language = isLanguage(language) ? language : 'id';
  document.documentElement.lang = lang;
  dayjs.locale(lang);
  try {
    localStorage.setItem(env.languageStorageKey, lang);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this visit only.
  }
}

i18n.on('languageChanged', applyLanguage);

void i18n.use(initReactI18next).init({
  resources: { id: { translation: idBundle }, en: { translation: enBundle } },
  lng: storedLanguage(),
  fallbackLng: 'id',
  supportedLngs: [...languages],
  initAsync: false,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});
applyLanguage(i18n.language);

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'id';
}

export { i18n };
