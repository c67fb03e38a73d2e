import i18next, { type TOptions } from 'i18next';
import { checks } from '../domain/qa';
import en from '../../locales/en/ui.json';
import fr from '../../locales/fr/ui.json';

export const languages = ['en', 'fr'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'visavis-lang';

function isLanguage(value: string | null | undefined): value is Language {
  return (languages as readonly string[]).includes(value ?? '');
}

/**
 * Starts i18next with the UI strings bundled. The language is the saved choice, else what the
 * server negotiated from Accept-Language (it sets <html lang>), else English.
 */
export async function initI18n(): Promise<void> {
  const saved = localStorage.getItem(storageKey);
  const negotiated = document.documentElement.lang;
  const lng: Language = isLanguage(saved) ? saved : isLanguage(negotiated) ? negotiated : 'en';
  await i18next.init({
    lng,
    fallbackLng: 'en',
    defaultNS: 'ui',
    resources: { en: { ui: withCheckNames(en) }, fr: { ui: fr } },
    // Strings are inserted with textContent, never as HTML, so i18next need not escape them.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
}

/** The English strings with the checks' names and descriptions as the registry declares them (their one place; the French are in locales/fr). */
function withCheckNames(strings: typeof en): typeof en & { qa: { checks: Record<string, string>; about: Record<string, string> } } {
  return {
    ...strings,
    qa: {
      ...strings.qa,
      checks: Object.fromEntries(checks.map((check) => [check.id, check.name])),
      about: Object.fromEntries(checks.map((check) => [check.id, check.description])),
    },
  };
}

export function t(key: string, options?: TOptions): string {
  return i18next.t(key, options);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

/** Saves the choice (localStorage for the page, a cookie so the server serves the right `lang`). */
export async function setLanguage(lng: Language): Promise<void> {
  localStorage.setItem(storageKey, lng);
  document.cookie = `${storageKey}=${lng}; path=/; max-age=31536000; samesite=lax`;
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLanguage()).format(value);
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
