import { defineTexts } from '../../i18n/texts';

/**
 * The messages of a Camunda form's checks in the browser. Where the server checks the same rule, the wording is the
 * server's (UserErrorMessages, FORM_FIELD_*), so a reviewer reads one vocabulary whichever side refused.
 */
export const validationTexts = defineTexts(
  {
    required: 'Бул талааны толтуруңуз.',
    tooShort: 'Кеминде {count} белги жазыңыз.',
    tooLong: 'Эң көп {count} белги жазууга болот.',
    belowMin: 'Маани {min} же андан чоң болушу керек.',
    aboveMax: 'Маани {max} же андан кичине болушу керек.',
    decimals: 'Үтүрдөн кийин эң көп {digits} сан болот.',
    integer: 'Бүтүн сан жазыңыз.',
    notANumber: 'Сан жазыңыз.',
    step: 'Маани {step} санына эселүү болушу керек; эң жакын туура маанилер: {below} жана {above}.',
    pattern: 'Маани талап кылынган үлгүгө дал келбейт.',
    email: 'E-mail дареги туура эмес.',
    phone: 'Телефон номери туура эмес; мисалы: +996 555 123 456.',
    minUnreadable: 'Формадагы эң кичине маани сан эмес; форманы администратор оңдошу керек.',
    maxUnreadable: 'Формадагы эң чоң маани сан эмес; форманы администратор оңдошу керек.',
  },
  {
    required: 'Заполните это поле.',
    tooShort: 'Введите не менее {count} символов.',
    tooLong: 'Можно ввести не более {count} символов.',
    belowMin: 'Значение должно быть не меньше {min}.',
    aboveMax: 'Значение должно быть не больше {max}.',
    decimals: 'Не более {digits} знаков после запятой.',
    integer: 'Введите целое число.',
    notANumber: 'Введите число.',
    step: 'Значение должно быть кратно {step}; ближайшие допустимые значения: {below} и {above}.',
    pattern: 'Значение не соответствует требуемому формату.',
    email: 'Неверный адрес e-mail.',
    phone: 'Неверный номер телефона; например: +996 555 123 456.',
    minUnreadable: 'Минимальное значение в форме — не число; форму должен исправить администратор.',
    maxUnreadable: 'Максимальное значение в форме — не число; форму должен исправить администратор.',
  },
  {
    required: 'Fill in this field.',
    tooShort: 'Enter at least {count} characters.',
    tooLong: 'Enter at most {count} characters.',
    belowMin: 'The value must be at least {min}.',
    aboveMax: 'The value must be at most {max}.',
    decimals: 'At most {digits} digits after the decimal point.',
    integer: 'Enter a whole number.',
    notANumber: 'Enter a number.',
    step: 'The value must be a multiple of {step}; the nearest valid values are {below} and {above}.',
    pattern: 'The value does not have the required format.',
    email: 'The e-mail address is not valid.',
    phone: 'The phone number is not valid; for example: +996 555 123 456.',
    minUnreadable: "The form's minimum is not a number; an administrator must correct the form.",
    maxUnreadable: "The form's maximum is not a number; an administrator must correct the form.",
  },
);

export type ValidationTextKey = keyof typeof validationTexts.ky;
