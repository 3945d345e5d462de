import type { Language } from '../i18n/languages';
import type { FormSchema } from './formFile';

/**
 * A form's translations, kept in the form itself (decision 0105): the form's own texts are Kyrgyz; Russian and English
 * sit beside them under this top-level key, by text id (`<component id>.label`, `.description`, `.text`, `.dateLabel`,
 * `.timeLabel`, `.values.<option value>`, `.patternErrorMessage`). form-js and Camunda ignore the key; the editor keeps it.
 */
export const translationsKey = 'kyzmat:translations';

export type TranslatedLanguage = Exclude<Language, 'ky'>;
export const translatedLanguages: TranslatedLanguage[] = ['ru', 'en'];

export type Translations = Partial<Record<TranslatedLanguage, Record<string, string>>>;

export interface TranslatableText {
  /** `<component id>.<property>`, or `<component id>.values.<option value>`. */
  id: string;
  componentId: string;
  /** The Kyrgyz text, as the form has it. */
  base: string;
}

type Component = Record<string, unknown> & { id?: unknown; components?: unknown; values?: unknown };

const textProperties = ['label', 'description', 'text', 'dateLabel', 'timeLabel'] as const;

/** The author's message for a broken pattern (under `validate`), if the component has one. */
function patternErrorMessageOf(component: Component): string | null {
  const validate = component.validate as { patternErrorMessage?: unknown } | undefined;
  const message = validate?.patternErrorMessage;
  return typeof message === 'string' && message.trim() ? message : null;
}

function componentsOf(schema: FormSchema): Component[] {
  const all: Component[] = [];
  const walk = (items: unknown) => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const component = item as Component;
      all.push(component);
      walk(component.components);
    }
  };
  walk(schema.components);
  return all;
}

/** Every text of the form a person reads, in the form's order. */
export function translatableTexts(schema: FormSchema): TranslatableText[] {
  const texts: TranslatableText[] = [];
  for (const component of componentsOf(schema)) {
    if (typeof component.id !== 'string') continue;
    for (const property of textProperties) {
      const value = component[property];
      if (typeof value === 'string' && value.trim()) texts.push({ id: `${component.id}.${property}`, componentId: component.id, base: value });
    }
    const patternMessage = patternErrorMessageOf(component);
    if (patternMessage) texts.push({ id: `${component.id}.patternErrorMessage`, componentId: component.id, base: patternMessage });
    if (Array.isArray(component.values)) {
      for (const option of component.values as { label?: unknown; value?: unknown }[]) {
        if (typeof option?.label === 'string' && option.label.trim() && (typeof option.value === 'string' || typeof option.value === 'number')) {
          texts.push({ id: `${component.id}.values.${option.value}`, componentId: component.id, base: option.label });
        }
      }
    }
  }
  return texts;
}

/** The translations a form keeps (anything malformed is left out). */
export function translationsOf(schema: FormSchema): Translations {
  const kept = schema[translationsKey];
  const result: Translations = {};
  if (!kept || typeof kept !== 'object') return result;
  for (const language of translatedLanguages) {
    const texts = (kept as Record<string, unknown>)[language];
    if (!texts || typeof texts !== 'object') continue;
    result[language] = Object.fromEntries(
      Object.entries(texts as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''),
    );
  }
  return result;
}

/** The form with these translations kept in it: only texts it still has, no empty ones. */
export function withTranslations(schema: FormSchema, translations: Translations): FormSchema {
  const ids = new Set(translatableTexts(schema).map(t => t.id));
  const kept: Translations = {};
  for (const language of translatedLanguages) {
    const texts = Object.entries(translations[language] ?? {}).filter(([id, text]) => ids.has(id) && text.trim());
    if (texts.length > 0) kept[language] = Object.fromEntries(texts);
  }
  const { [translationsKey]: _, ...rest } = schema;
  return Object.keys(kept).length > 0 ? { ...rest, [translationsKey]: kept } : rest;
}

/** The texts that have no translation into a language: shown Kyrgyz there, and flagged in the editor. */
export function missingTranslations(schema: FormSchema, translations: Translations): { language: TranslatedLanguage; id: string }[] {
  const texts = translatableTexts(schema);
  return translatedLanguages.flatMap(language => texts.filter(t => !translations[language]?.[t.id]?.trim()).map(t => ({ language, id: t.id })));
}

/** The form in a language: each text translated where a translation exists, else the Kyrgyz text. */
export function localizeSchema(schema: FormSchema, language: Language): FormSchema {
  const copy = structuredClone(schema);
  if (language === 'ky') return copy;
  const texts = translationsOf(schema)[language] ?? {};
  for (const component of componentsOf(copy)) {
    if (typeof component.id !== 'string') continue;
    for (const property of textProperties) {
      const translated = texts[`${component.id}.${property}`];
      if (typeof component[property] === 'string' && translated) component[property] = translated;
    }
    const patternMessage = texts[`${component.id}.patternErrorMessage`];
    if (patternMessage && patternErrorMessageOf(component)) (component.validate as Record<string, unknown>).patternErrorMessage = patternMessage;
    if (Array.isArray(component.values)) {
      for (const option of component.values as { label?: unknown; value?: unknown }[]) {
        const translated = option && texts[`${component.id}.values.${String(option.value)}`];
        if (translated) option.label = translated;
      }
    }
  }
  return copy;
}
