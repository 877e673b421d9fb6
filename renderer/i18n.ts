// UI language: Simplified Chinese by default, English on request, remembered.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.ts';
import { zh } from './locales/zh.ts';
import { readSetting, writeSetting } from './settings.ts';

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
