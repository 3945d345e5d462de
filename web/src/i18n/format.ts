import type { Language } from './languages';

/** BCP 47 locales used with Intl for each UI language. */
export const locales: Record<Language, string> = { ky: 'ky-KG', ru: 'ru-RU', en: 'en-GB' };

const kyMonths = [
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
  'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
];

/** The time zone of the Kyrgyz Republic: deadlines are shown as Bishkek sees them. */
export const timeZone = 'Asia/Bishkek';

export interface Formatter {
  date(iso: string): string;
  dateTime(iso: string): string;
  number(value: number): string;
  /** A salary range in soms, e.g. "25 000 – 35 000 сом". */
  salary(min: number, max: number): string;
  /** Chooses a plural form (Intl.PluralRules category) from the forms given; `other` is required. */
  plural(count: number, forms: PluralForms): string;
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const somUnit: Record<Language, string> = { ky: 'сом', ru: 'сом', en: 'soms' };

/**
 * Formatters for a language. Intl is used where the runtime has the locale's data; a runtime
 * without Kyrgyz data (some browsers' trimmed ICU) gets Kyrgyz dates written out here
 * ("25-ноябрь, 2026-ж.") and Russian number grouping, which Kyrgyz shares.
 */
export function createFormatter(language: Language, supportsLocale = isLocaleSupported): Formatter {
  const locale = locales[language];
  const native = supportsLocale(locale);
  const numberLocale = native ? locale : locales.ru;
  const numbers = new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 0 });
  // Kyrgyz, like English, has the plural categories one and other.
  const pluralRules = new Intl.PluralRules(native ? locale : 'en');
  const dates = native
    ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone })
    : undefined;
  const dateTimes = native
    ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone })
    : undefined;

  const kyDate = (iso: string) => {
    const p = bishkekParts(iso);
    return `${p.day}-${kyMonths[p.month - 1]}, ${p.year}-ж.`;
  };

  const formatter: Formatter = {
    date: iso => (dates ? dates.format(new Date(iso)) : kyDate(iso)),
    dateTime: iso => {
      if (dateTimes) {
        return dateTimes.format(new Date(iso));
      }
      const p = bishkekParts(iso);
      return `${kyDate(iso)} ${p.hour}:${p.minute}`;
    },
    number: value => numbers.format(value),
    salary: (min, max) =>
      min === max
        ? `${formatter.number(min)} ${somUnit[language]}`
        : `${formatter.number(min)} – ${formatter.number(max)} ${somUnit[language]}`,
    plural: (count, forms) => {
      const form = forms[pluralRules.select(count)] ?? forms.other;
      return form.replace('{count}', formatter.number(count));
    },
  };
  return formatter;
}

function isLocaleSupported(locale: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0
    && new Intl.DateTimeFormat(locale).resolvedOptions().locale.split('-')[0] === locale.split('-')[0];
}

function bishkekParts(iso: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find(p => p.type === type)?.value ?? '';
  return {
    year: Number(get('year')), month: Number(get('month')), day: Number(get('day')),
    hour: get('hour'), minute: get('minute'),
  };
}
