import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/id';
import { env } from '../config/env';
import id from './id.json';
import en from './en.json';
// Features added since #5 keep their texts beside them, each under its own top-level key.
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

const idBundle = { ...id, ...realisationId, ...feedbackId, ...dialogueId, ...feedback360Id, ...notificationsId, ...publicServiceId, ...evaluationId };
const enBundle = { ...en, ...realisationEn, ...feedbackEn, ...dialogueEn, ...feedback360En, ...notificationsEn, ...publicServiceEn, ...evaluationEn };

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
