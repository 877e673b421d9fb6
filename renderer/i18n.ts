// UI language: Simplified Chinese by default, English on request, remembered. One i18next
// instance and one resource per language (locales/zh.ts, locales/en.ts); keys are typed from
// zh.ts, so `t('nav.serach')` does not compile. The chart's components use the `chart.` keys
// through a key prefix; the printed pages' text comes from `printed.`, in Chinese in either
// UI language (the printed sheet is a Chinese document).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.ts';
import { zh, type Messages } from './locales/zh.ts';
import { readSetting, writeSetting } from './settings.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

export type Language = 'zh' | 'en';

const htmlLang: Record<Language, string> = { zh: 'zh-CN', en: 'en' };

function storedLanguage(): Language {
  return readSetting('language') === 'en' ? 'en' : 'zh';
}

export function applyLanguage(language: Language): void {
  writeSetting('language', language);
  document.documentElement.lang = htmlLang[language];
  void i18next.changeLanguage(language);
}

export function initI18n(): void {
  const language = storedLanguage();
  void i18next.use(initReactI18next).init({
    resources: { zh: { translation: zh }, en: { translation: en } },
    lng: language,
    fallbackLng: 'zh',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = htmlLang[language];
}

/** The printed pages' text: `printed('pageNumber', { n, total })`, always Chinese. */
export const printed = i18next.getFixedT('zh', 'translation', 'printed');
