import { describe, expect, it } from 'vitest';
import { localizeSchema, missingTranslations, translatableTexts, translationsKey, translationsOf, withTranslations } from './translations';

const schema = {
  id: 'check',
  components: [
    { id: 'F_name', type: 'textfield', key: 'checkedBy', label: 'Текшерген кызматкер', description: 'Аты-жөнү' },
    { id: 'G', type: 'group', components: [{ id: 'F_level', type: 'radio', key: 'level', label: 'Деңгээл', values: [{ label: 'Төмөн', value: 'low' }, { label: 'Жогору', value: 'high' }] }] },
    { id: 'T', type: 'text', text: '# Текшерүү' },
  ],
  [translationsKey]: { ru: { 'F_name.label': 'Проверивший сотрудник', 'F_level.values.low': 'Низкий', 'gone.label': 'x' }, en: { 'F_name.label': '' }, de: { 'F_name.label': 'Prüfer' } },
};

describe('form translations', () => {
  it('lists every text a person reads, nested groups and options included', () => {
    expect(translatableTexts(schema).map(t => t.id)).toEqual([
      'F_name.label', 'F_name.description', 'F_level.label', 'F_level.values.low', 'F_level.values.high', 'T.text',
    ]);
  });

  it('reads only Russian and English texts that are not empty', () => {
    expect(translationsOf(schema)).toEqual({ ru: { 'F_name.label': 'Проверивший сотрудник', 'F_level.values.low': 'Низкий', 'gone.label': 'x' }, en: {} });
  });

  it('keeps translations of texts the form still has, and none at all when empty', () => {
    const kept = withTranslations(schema, translationsOf(schema));
    expect(kept[translationsKey]).toEqual({ ru: { 'F_name.label': 'Проверивший сотрудник', 'F_level.values.low': 'Низкий' } });
    expect(translationsKey in withTranslations(schema, {})).toBe(false);
  });

  it('flags what is not translated', () => {
    const missing = missingTranslations(schema, translationsOf(schema));
    expect(missing.filter(m => m.language === 'ru').map(m => m.id)).toEqual(['F_name.description', 'F_level.label', 'F_level.values.high', 'T.text']);
    expect(missing.filter(m => m.language === 'en')).toHaveLength(6);
  });

  it('shows the form in a language, falling back to Kyrgyz, without changing the original', () => {
    const ru = localizeSchema(schema, 'ru') as { components: { label?: string; description?: string; components?: { values: { label: string }[] }[] }[] };
    expect(ru.components[0].label).toBe('Проверивший сотрудник');
    expect(ru.components[0].description).toBe('Аты-жөнү');
    expect(ru.components[1].components![0].values.map(v => v.label)).toEqual(['Низкий', 'Жогору']);
    expect(schema.components[0].label).toBe('Текшерген кызматкер');
    expect(localizeSchema(schema, 'ky')).toEqual(schema);
  });

  it("translates the author's message for a broken pattern with the other texts", () => {
    const pin = {
      id: 'pin',
      components: [{ id: 'F_pin', type: 'textfield', key: 'pin', label: 'ПИН', validate: { pattern: '^\\d{14}$', patternErrorMessage: 'ПИН 14 сандан турат.' } }],
      [translationsKey]: { ru: { 'F_pin.patternErrorMessage': 'ПИН состоит из 14 цифр.' } },
    };
    expect(translatableTexts(pin).map(t => t.id)).toEqual(['F_pin.label', 'F_pin.patternErrorMessage']);
    const ru = localizeSchema(pin, 'ru') as { components: { validate: { pattern: string; patternErrorMessage: string } }[] };
    expect(ru.components[0].validate).toEqual({ pattern: '^\\d{14}$', patternErrorMessage: 'ПИН состоит из 14 цифр.' });
    expect(pin.components[0].validate.patternErrorMessage).toBe('ПИН 14 сандан турат.');
  });
});
