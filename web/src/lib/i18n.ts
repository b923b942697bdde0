// Bahasa Indonesia first, English second. Components call t(); App re-renders on a switch.
import i18next from 'i18next';
import id from '../i18n/id.json';
import en from '../i18n/en.json';
import { ApiError } from './api-client';

export type Language = 'id' | 'en';

// Each feature may keep its own words in features/<name>/i18n/{id,en}.json, merged over the
// shared dictionaries, so features do not all edit one file.
const featureDictionaries = import.meta.glob('../features/*/i18n/*.json', {
  eager: true,
  import: 'default',
}) as Record<string, Record<string, unknown>>;
const dictionaries: Record<Language, Record<string, unknown>> = { id: { ...id }, en: { ...en } };
for (const [path, words] of Object.entries(featureDictionaries)) {
  const lang = path.endsWith('/en.json') ? 'en' : path.endsWith('/id.json') ? 'id' : null;
  if (lang) Object.assign(dictionaries[lang], words);
}

i18next.init({
  lng: 'id',
  fallbackLng: 'id',
  resources: { id: { translation: dictionaries.id }, en: { translation: dictionaries.en } },
  interpolation: { escapeValue: false },
  initImmediate: false,
} as Parameters<typeof i18next.init>[0]);

export const t = (key: string, options?: Record<string, unknown>): string =>
  i18next.t(key, options) as string;

export function setLanguage(lang: Language) {
  i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export const currentLanguage = (): Language => (i18next.language === 'en' ? 'en' : 'id');

// The message to show for a failed request: the server's own words in Indonesian, our
// translation of its code in English, a friendly sentence when the network is down.
export function errorMessage(e: unknown): string {
  if (!(e instanceof ApiError)) return t('errors.unexpected');
  if (e.code === 'network') return t('errors.network');
  const key = `errors.${e.code}`;
  if (e.code === 'too_many_attempts') return t(key, { seconds: e.retryAfter ?? '' });
  if (currentLanguage() === 'id' && e.message) return e.message;
  const translated = t(key);
  return translated !== key ? translated : e.message || t('errors.unexpected');
}

// A date and time in the user's language ("26 Nov 2026, 17.10" / "26 Nov 2026, 17:10").
export const formatDateTime = (iso: string): string =>
  new Date(iso).toLocaleString(currentLanguage() === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

// A calendar date ("YYYY-MM-DD") in the user's language ("7 Jan 2022").
export const formatDate = (date: string): string =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString(currentLanguage() === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
