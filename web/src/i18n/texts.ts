import { useCallback } from 'react';
import { useI18n } from './I18n';
import type { Language } from './languages';
import { fill } from './messages';

/**
 * A feature's own texts in the three languages. Russian and English must have exactly Kyrgyz's keys
 * (the compiler checks), so each area — and each lazy chunk — carries its strings with it.
 */
export type Texts<K extends string> = { ky: Record<K, string> } & Record<Exclude<Language, 'ky'>, Record<K, string>>;

export function defineTexts<const K extends string>(ky: Record<K, string>, ru: Record<K, string>, en: Record<K, string>): Texts<K> {
  return { ky, ru, en };
}

/** `t(key, values)` for a feature's texts in the current language. */
export function useTexts<K extends string>(texts: Texts<K>): (key: K, values?: Record<string, string | number>) => string {
  const { language } = useI18n();
  return useCallback(
    (key: K, values?: Record<string, string | number>) => {
      const template = texts[language][key];
      return values ? fill(template, values) : template;
    },
    [texts, language],
  );
}
