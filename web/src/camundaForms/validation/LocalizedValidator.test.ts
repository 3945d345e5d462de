// @vitest-environment jsdom
import { Form } from '@bpmn-io/form-js-viewer';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../i18n/languages';
import { localizedValidation } from './LocalizedValidator';

type Component = Record<string, unknown>;

const forms: Form[] = [];
afterEach(() => forms.splice(0).forEach(form => form.destroy()));

/** A real form-js viewer with our module, the one field imported with `data`, then validated as a submission does. */
async function messagesOf(field: Component, data: Record<string, unknown>, language: Language): Promise<string[]> {
  const container = document.createElement('div');
  document.body.append(container);
  const form = new Form({ container, additionalModules: [localizedValidation(language)] });
  forms.push(form);
  await form.importSchema({ type: 'default', components: [{ id: 'F', key: 'value', label: 'Талаа', ...field }] }, data);
  const errors = form.validate() as Record<string, string[]>;
  return errors.F ?? [];
}

/** A number as form-js keeps it when typed (a string, "NaN" for what is not a number): set the way typing does. */
async function typedNumberMessages(field: Component, typed: string, language: Language): Promise<string[]> {
  const container = document.createElement('div');
  document.body.append(container);
  const form = new Form({ container, additionalModules: [localizedValidation(language)] });
  forms.push(form);
  await form.importSchema({ type: 'default', components: [{ id: 'F', key: 'value', label: 'Сан', type: 'number', ...field }] }, {});
  const instance = (form.get('formFieldInstanceRegistry') as { getAllKeyed(): unknown[] }).getAllKeyed()[0];
  form._update({ fieldInstance: instance, value: typed });
  return (form._getState().errors as Record<string, string[]>).F ?? [];
}

const textfield = (validate: Component): Component => ({ type: 'textfield', validate });
const number = (settings: Component): Component => ({ type: 'number', ...settings });

// Each rule form-js's validator has: the field, a value that breaks it, and the message in Kyrgyz, Russian, English.
const rules: { rule: string; field: Component; value: unknown; ky: string; ru: string; en: string }[] = [
  { rule: 'required', field: textfield({ required: true }), value: '',
    ky: 'Бул талааны толтуруңуз.', ru: 'Заполните это поле.', en: 'Fill in this field.' },
  { rule: 'required checkbox', field: { type: 'checkbox', validate: { required: true } }, value: false,
    ky: 'Бул талааны толтуруңуз.', ru: 'Заполните это поле.', en: 'Fill in this field.' },
  { rule: 'required checklist', field: { type: 'checklist', values: [{ label: 'А', value: 'a' }], validate: { required: true } }, value: [],
    ky: 'Бул талааны толтуруңуз.', ru: 'Заполните это поле.', en: 'Fill in this field.' },
  { rule: 'minLength', field: textfield({ minLength: 2 }), value: ' А ',
    ky: 'Кеминде 2 белги жазыңыз.', ru: 'Введите не менее 2 символов.', en: 'Enter at least 2 characters.' },
  { rule: 'maxLength', field: textfield({ maxLength: 3 }), value: 'Айбек',
    ky: 'Эң көп 3 белги жазууга болот.', ru: 'Можно ввести не более 3 символов.', en: 'Enter at most 3 characters.' },
  { rule: 'pattern', field: textfield({ pattern: '^\\d+$' }), value: '12а',
    ky: 'Маани талап кылынган үлгүгө дал келбейт.', ru: 'Значение не соответствует требуемому формату.', en: 'The value does not have the required format.' },
  { rule: 'e-mail', field: textfield({ validationType: 'email' }), value: 'aibek.example.kg',
    ky: 'E-mail дареги туура эмес.', ru: 'Неверный адрес e-mail.', en: 'The e-mail address is not valid.' },
  { rule: 'phone', field: textfield({ validationType: 'phone' }), value: 'телефон',
    ky: 'Телефон номери туура эмес; мисалы: +996 555 123 456.', ru: 'Неверный номер телефона; например: +996 555 123 456.',
    en: 'The phone number is not valid; for example: +996 555 123 456.' },
  { rule: 'min', field: number({ validate: { min: 5 } }), value: 3,
    ky: 'Маани 5 же андан чоң болушу керек.', ru: 'Значение должно быть не меньше 5.', en: 'The value must be at least 5.' },
  { rule: 'max', field: number({ validate: { max: 10 } }), value: 12,
    ky: 'Маани 10 же андан кичине болушу керек.', ru: 'Значение должно быть не больше 10.', en: 'The value must be at most 10.' },
  { rule: 'min as FEEL', field: number({ validate: { min: '=2 * 3' } }), value: 5,
    ky: 'Маани 6 же андан чоң болушу керек.', ru: 'Значение должно быть не меньше 6.', en: 'The value must be at least 6.' },
  { rule: 'min that is not a number', field: number({ validate: { min: '="беш"' } }), value: 5,
    ky: 'Формадагы эң кичине маани сан эмес; форманы администратор оңдошу керек.',
    ru: 'Минимальное значение в форме — не число; форму должен исправить администратор.',
    en: "The form's minimum is not a number; an administrator must correct the form." },
  { rule: 'max that is not a number', field: number({ validate: { max: '="он"' } }), value: 5,
    ky: 'Формадагы эң чоң маани сан эмес; форманы администратор оңдошу керек.',
    ru: 'Максимальное значение в форме — не число; форму должен исправить администратор.',
    en: "The form's maximum is not a number; an administrator must correct the form." },
  { rule: 'decimal digits', field: number({ decimalDigits: 2 }), value: 1.234,
    ky: 'Үтүрдөн кийин эң көп 2 сан болот.', ru: 'Не более 2 знаков после запятой.', en: 'At most 2 digits after the decimal point.' },
  { rule: 'no decimal digits', field: number({ decimalDigits: 0 }), value: 1.5,
    ky: 'Бүтүн сан жазыңыз.', ru: 'Введите целое число.', en: 'Enter a whole number.' },
  { rule: 'increment', field: number({ increment: '0.5' }), value: 1.2,
    ky: 'Маани 0.5 санына эселүү болушу керек; эң жакын туура маанилер: 1 жана 1.5.',
    ru: 'Значение должно быть кратно 0.5; ближайшие допустимые значения: 1 и 1.5.',
    en: 'The value must be a multiple of 0.5; the nearest valid values are 1 and 1.5.' },
];

describe('form-js validation in the reviewer\'s language', () => {
  for (const { rule, field, value, ...expected } of rules) {
    it(`says what breaks "${rule}" in Kyrgyz, Russian and English`, async () => {
      for (const language of ['ky', 'ru', 'en'] as const) {
        expect(await messagesOf(field, { value }, language)).toEqual([expected[language]]);
      }
    });
  }

  it('says a typed value that is not a number is not one', async () => {
    expect(await typedNumberMessages({}, 'NaN', 'ky')).toEqual(['Сан жазыңыз.']);
    expect(await typedNumberMessages({}, 'NaN', 'ru')).toEqual(['Введите число.']);
    expect(await typedNumberMessages({}, 'NaN', 'en')).toEqual(['Enter a number.']);
  });

  it("says the form author's own message for a broken pattern, as the form shows it", async () => {
    const field = textfield({ pattern: '^\\d{14}$', patternErrorMessage: 'ПИН 14 сандан турат.' });
    expect(await messagesOf(field, { value: '123' }, 'ru')).toEqual(['ПИН 14 сандан турат.']);
  });

  it('passes values that keep the rules', async () => {
    expect(await messagesOf(textfield({ required: true, minLength: 2, maxLength: 5, pattern: '^\\S+$' }), { value: 'Айбек' }, 'ky')).toEqual([]);
    expect(await messagesOf(textfield({ validationType: 'phone' }), { value: '+996 555 123 456' }, 'ky')).toEqual([]);
    expect(await messagesOf(textfield({ validationType: 'email' }), { value: 'aibek@example.kg' }, 'ky')).toEqual([]);
    expect(await messagesOf(number({ decimalDigits: 1, increment: '0.5', validate: { min: 1, max: '=2' } }), { value: 1.5 }, 'ky')).toEqual([]);
    expect(await messagesOf(number({ increment: '0' }), { value: 1.3 }, 'ky')).toEqual([]);
  });

  it('checks a field as it is left, in the same language', async () => {
    expect(await typedNumberMessages({ validate: { max: 10 } }, '11', 'ru')).toEqual(['Значение должно быть не больше 10.']);
  });
});
