import { describe, expect, it } from 'vitest';
import { checkPeriod, requireFields, splitList } from './recordRules';

describe('record rules', () => {
  it('names each required field left blank, spaces counting as blank', () => {
    expect(requireFields({ institution: ' ', speciality: 'Юрист', field: '' }, ['institution', 'speciality', 'field'])).toEqual({
      institution: 'required',
      field: 'required',
    });
  });

  it('refuses an end before the start, and accepts an open or same-day end', () => {
    expect(checkPeriod('2020-09-01', '2019-06-30')).toBe('endBeforeStart');
    expect(checkPeriod('2020-09-01', '')).toBeUndefined();
    expect(checkPeriod('2020-09-01', '2020-09-01')).toBeUndefined();
  });

  it('splits the areas of activity on commas, semicolons and lines', () => {
    expect(splitList('финансы, бюджет;\n аудит ,, ')).toEqual(['финансы', 'бюджет', 'аудит']);
  });
});
