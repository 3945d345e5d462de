import { describe, expect, it } from 'vitest';
import { createFormatter } from './format';
import { messages } from './messages';

// Non-breaking and narrow no-break spaces (Intl's group separators) read as plain spaces here.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const deadline = '2026-12-01T17:59:00Z'; // 23:59 in Bishkek (UTC+6)

describe('createFormatter', () => {
  it('groups thousands per language', () => {
    expect(plain(createFormatter('ru').number(1234567))).toBe('1 234 567');
    expect(createFormatter('en').number(1234567)).toBe('1,234,567');
    expect(plain(createFormatter('ky').number(45000))).toBe('45 000');
  });

  it('writes a salary range in soms, or one amount when both ends are equal', () => {
    expect(plain(createFormatter('ky').salary(25000, 35000))).toBe('25 000 – 35 000 сом');
    expect(createFormatter('en').salary(25000, 35000)).toBe('25,000 – 35,000 soms');
    expect(plain(createFormatter('ru').salary(40000, 40000))).toBe('40 000 сом');
  });

  it('shows dates as Bishkek sees them, with month names of the language', () => {
    expect(createFormatter('en').date(deadline)).toBe('1 December 2026');
    expect(createFormatter('ru').date(deadline)).toBe('1 декабря 2026 г.');
    expect(createFormatter('ky').date(deadline)).toMatch(/2026/);
    expect(createFormatter('ky').date(deadline)).toMatch(/декабр/);
    expect(createFormatter('en').dateTime(deadline)).toContain('23:59');
  });

  it('writes Kyrgyz dates itself when the runtime has no Kyrgyz locale data', () => {
    const withoutKyrgyz = (locale: string) => !locale.startsWith('ky');
    const ky = createFormatter('ky', withoutKyrgyz);
    expect(ky.date(deadline)).toBe('1-декабрь, 2026-ж.');
    expect(ky.dateTime('2026-03-05T03:07:00Z')).toBe('5-март, 2026-ж. 09:07');
    expect(plain(ky.number(1500000))).toBe('1 500 000');
  });

  it('picks Russian plural forms by the number', () => {
    const ru = createFormatter('ru');
    expect(ru.plural(1, messages.ru.found)).toBe('Найдена 1 вакансия');
    expect(ru.plural(3, messages.ru.found)).toBe('Найдено 3 вакансии');
    expect(ru.plural(5, messages.ru.found)).toBe('Найдено 5 вакансий');
    expect(ru.plural(21, messages.ru.found)).toBe('Найдена 21 вакансия');
    expect(plain(ru.plural(1000, messages.ru.found))).toBe('Найдено 1 000 вакансий');
  });

  it('uses English and Kyrgyz plural forms', () => {
    expect(createFormatter('en').plural(1, messages.en.found)).toBe('1 vacancy found');
    expect(createFormatter('en').plural(48, messages.en.found)).toBe('48 vacancies found');
    expect(createFormatter('ky').plural(48, messages.ky.found)).toBe('48 вакансия табылды');
  });
});
