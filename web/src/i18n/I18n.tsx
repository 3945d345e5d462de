import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createFormatter, type Formatter } from './format';
import { loadLanguage, saveLanguage, type Language } from './languages';
import { messages, type MessageKey, type Messages } from './messages';

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey): string;
  messages: Messages;
  format: Formatter;
}

const I18nContext = createContext<I18n | null>(null);

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => loadLanguage(browserStorage()));

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18n>(() => {
    const m = messages[language];
    return {
      language,
      setLanguage: next => {
        saveLanguage(browserStorage(), next);
        setLanguageState(next);
      },
      t: key => m[key],
      messages: m,
      format: createFormatter(language),
    };
  }, [language]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) {
    throw new Error('useI18n outside I18nProvider');
  }
  return context;
}
