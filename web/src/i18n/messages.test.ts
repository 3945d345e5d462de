import { describe, expect, it } from 'vitest';
import { fill, messages } from './messages';
import { loadLanguage, saveLanguage } from './languages';

describe('messages', () => {
  it('has every Kyrgyz key in Russian and English, none empty', () => {
    const keys = Object.keys(messages.ky).sort();
    for (const language of ['ru', 'en'] as const) {
      expect(Object.keys(messages[language]).sort()).toEqual(keys);
      for (const [key, value] of Object.entries(messages[language])) {
        expect(value, `${language}.${key}`).toBeTruthy();
      }
    }
  });

  it('keeps the manual’s Kyrgyz labels exactly', () => {
    expect(messages.ky.vacancies).toBe('Вакансиялар');
    expect(messages.ky.signIn).toBe('Жеке кабинетке кирүү');
    expect(messages.ky.apply).toBe('Арыз тапшыруу');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('Показано {shown} из {total}', { shown: 20, total: 48 })).toBe('Показано 20 из 48');
    expect(fill('{date} чейин {x}', { date: '1-декабрь' })).toBe('1-декабрь чейин {x}');
  });
});

describe('remembered language', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  };

  it('is Kyrgyz until a choice is saved, then the choice', () => {
    const storage = memory();
    expect(loadLanguage(storage)).toBe('ky');
    saveLanguage(storage, 'ru');
    expect(loadLanguage(storage)).toBe('ru');
  });

  it('falls back to Kyrgyz for an unknown value or a storage that throws', () => {
    expect(loadLanguage({ getItem: () => 'de' })).toBe('ky');
    expect(loadLanguage({ getItem: () => { throw new Error('denied'); } })).toBe('ky');
    expect(loadLanguage(undefined)).toBe('ky');
  });
});
