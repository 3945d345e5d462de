export const languages = ['ky', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'ky';

/** The language name shown in the switch, each in its own language. */
export const languageNames: Record<Language, string> = {
  ky: 'Кыргызча',
  ru: 'Русский',
  en: 'English',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

const storageKey = 'kyzmat.language';

/** The remembered language, or Kyrgyz. Storage may be unavailable (private mode): then the default. */
export function loadLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language {
  try {
    const stored = storage?.getItem(storageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function saveLanguage(storage: Pick<Storage, 'setItem'> | undefined, language: Language): void {
  try {
    storage?.setItem(storageKey, language);
  } catch {
    // Not remembered; the choice still applies to this page.
  }
}
