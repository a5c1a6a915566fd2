import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { LANGUAGE_KEY, translate, type Language, type MessageKey } from './i18n';

export const storedLanguage = (): Language => (localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi');

export const LanguageContext = createContext<Language>('vi');

export function useT() {
  const lang = useContext(LanguageContext);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  return { lang, t };
}
