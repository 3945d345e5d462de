import { defineTexts } from '../i18n/texts';

export const sexTexts = defineTexts(
  { MALE: 'Эркек', FEMALE: 'Аял' },
  { MALE: 'Мужской', FEMALE: 'Женский' },
  { MALE: 'Male', FEMALE: 'Female' },
);

export const maritalTexts = defineTexts(
  { SINGLE: 'Үй-бүлө күтө элек', MARRIED: 'Үй-бүлөлүү', DIVORCED: 'Ажырашкан', WIDOWED: 'Жесир' },
  { SINGLE: 'Не в браке', MARRIED: 'В браке', DIVORCED: 'В разводе', WIDOWED: 'Вдовец / вдова' },
  { SINGLE: 'Single', MARRIED: 'Married', DIVORCED: 'Divorced', WIDOWED: 'Widowed' },
);

export const studyFormTexts = defineTexts(
  { FULL_TIME: 'Күндүзгү', PART_TIME: 'Сырттан', EVENING: 'Кечки', DISTANCE: 'Аралыктан' },
  { FULL_TIME: 'Очная', PART_TIME: 'Заочная', EVENING: 'Вечерняя', DISTANCE: 'Дистанционная' },
  { FULL_TIME: 'Full-time', PART_TIME: 'Part-time', EVENING: 'Evening', DISTANCE: 'Distance' },
);

export const postTypeTexts = defineTexts(
  { STATE_CIVIL_SERVICE: 'Мамлекеттик жарандык кызмат', MUNICIPAL_SERVICE: 'Муниципалдык кызмат', OTHER: 'Башка' },
  { STATE_CIVIL_SERVICE: 'Государственная гражданская служба', MUNICIPAL_SERVICE: 'Муниципальная служба', OTHER: 'Другое' },
  { STATE_CIVIL_SERVICE: 'State civil service', MUNICIPAL_SERVICE: 'Municipal service', OTHER: 'Other' },
);

export const levelTexts = defineTexts(
  { A1: 'A1', A2: 'A2', B1: 'B1', B2: 'B2', C1: 'C1', C2: 'C2', NATIVE: 'Эне тили' },
  { A1: 'A1', A2: 'A2', B1: 'B1', B2: 'B2', C1: 'C1', C2: 'C2', NATIVE: 'Родной' },
  { A1: 'A1', A2: 'A2', B1: 'B1', B2: 'B2', C1: 'C1', C2: 'C2', NATIVE: 'Native' },
);

/** The languages offered in «Кошумча маалымат» (ISO 639-1); ky is the state language. */
export const languageTexts = defineTexts(
  { ky: 'Кыргыз тили', ru: 'Орус тили', en: 'Англис тили', uz: 'Өзбек тили', tr: 'Түрк тили', zh: 'Кытай тили', de: 'Немис тили', fr: 'Француз тили' },
  { ky: 'Кыргызский', ru: 'Русский', en: 'Английский', uz: 'Узбекский', tr: 'Турецкий', zh: 'Китайский', de: 'Немецкий', fr: 'Французский' },
  { ky: 'Kyrgyz', ru: 'Russian', en: 'English', uz: 'Uzbek', tr: 'Turkish', zh: 'Chinese', de: 'German', fr: 'French' },
);

/** Citizenship is kept as an ISO 3166 code; the neighbours and the usual ones first. */
export const citizenships = ['KG', 'KZ', 'UZ', 'TJ', 'RU', 'TR', 'CN'] as const;

export const countryTexts = defineTexts(
  { KG: 'Кыргыз Республикасы', KZ: 'Казакстан', UZ: 'Өзбекстан', TJ: 'Тажикстан', RU: 'Россия', TR: 'Түркия', CN: 'Кытай' },
  { KG: 'Кыргызская Республика', KZ: 'Казахстан', UZ: 'Узбекистан', TJ: 'Таджикистан', RU: 'Россия', TR: 'Турция', CN: 'Китай' },
  { KG: 'Kyrgyz Republic', KZ: 'Kazakhstan', UZ: 'Uzbekistan', TJ: 'Tajikistan', RU: 'Russia', TR: 'Türkiye', CN: 'China' },
);
