import { describe, expect, it } from 'vitest';
import {
  bishkekInputToIso, checkVacancyDraft, draftToInput, emptyVacancyDraft, isoToBishkekInput, parseAmount, vacancyToDraft,
  type VacancyDraft,
} from './vacancyForm';

const now = new Date('2026-03-01T00:00:00Z');

function complete(): VacancyDraft {
  return {
    ...emptyVacancyDraft(),
    title: { ky: ' Башкы адис ', ru: 'Главный специалист', en: '' },
    description: { ky: 'Милдеттер', ru: 'Обязанности', en: 'Duties' },
    requirements: { ky: 'Талаптар', ru: 'Требования', en: '' },
    salaryMin: '25 000',
    salaryMax: '35000,50',
    deadline: '2026-04-30T18:00',
    officeIds: ['office-1', 'office-2', 'office-1'],
  };
}

describe('checkVacancyDraft', () => {
  it('finds nothing wrong with a complete draft', () => {
    expect(checkVacancyDraft(complete(), { now })).toEqual({});
  });

  it('requires the Kyrgyz and Russian texts, not the English ones', () => {
    const errors = checkVacancyDraft({ ...complete(), title: { ky: ' ', ru: '', en: 'Title' } }, { now });
    expect(errors).toEqual({ 'title.ky': { problem: 'required' }, 'title.ru': { problem: 'required' } });
  });

  it('limits lengths as the server does', () => {
    const errors = checkVacancyDraft({ ...complete(), title: { ky: 'x'.repeat(401), ru: 'Р', en: '' } }, { now });
    expect(errors).toEqual({ 'title.ky': { problem: 'tooLong', max: 400 } });
  });

  it('needs Kyrgyz or Russian for an optional text given in English only', () => {
    const errors = checkVacancyDraft({ ...complete(), unit: { ky: '', ru: '', en: 'Budget department' } }, { now });
    expect(errors).toEqual({ 'unit.ky': { problem: 'required' } });
    expect(checkVacancyDraft({ ...complete(), unit: { ky: '', ru: 'Бюджетный отдел', en: '' } }, { now })).toEqual({});
  });

  it('checks the salary range', () => {
    expect(checkVacancyDraft({ ...complete(), salaryMin: '', salaryMax: 'lots' }, { now }))
      .toEqual({ salaryMin: { problem: 'required' }, salaryMax: { problem: 'notAmount' } });
    expect(checkVacancyDraft({ ...complete(), salaryMin: '40000', salaryMax: '30000' }, { now }))
      .toEqual({ salaryMax: { problem: 'salaryRange' } });
    expect(checkVacancyDraft({ ...complete(), salaryMax: '1000000001' }, { now }))
      .toEqual({ salaryMax: { problem: 'salaryRange' } });
  });

  it('needs a real future deadline, and only a later one for a published vacancy', () => {
    expect(checkVacancyDraft({ ...complete(), deadline: '' }, { now })).toEqual({ deadline: { problem: 'required' } });
    expect(checkVacancyDraft({ ...complete(), deadline: '2026-02-31T10:00' }, { now })).toEqual({ deadline: { problem: 'deadlineInvalid' } });
    expect(checkVacancyDraft({ ...complete(), deadline: '2026-03-01T05:59' }, { now })).toEqual({ deadline: { problem: 'deadlinePast' } });
    expect(checkVacancyDraft({ ...complete(), deadline: '2026-03-01T06:01' }, { now })).toEqual({});
    expect(checkVacancyDraft(complete(), { now, publishedDeadline: '2026-05-01T00:00:00Z' }))
      .toEqual({ deadline: { problem: 'deadlineOnlyLater' } });
  });

  it('needs an office, and experience of 0–40 whole years', () => {
    expect(checkVacancyDraft({ ...complete(), officeIds: [], minExperienceYears: '41' }, { now }))
      .toEqual({ officeIds: { problem: 'officesRequired' }, minExperienceYears: { problem: 'experienceRange', max: 40 } });
    expect(checkVacancyDraft({ ...complete(), minExperienceYears: '2.5' }, { now }))
      .toEqual({ minExperienceYears: { problem: 'experienceRange', max: 40 } });
  });
});

describe('draftToInput', () => {
  it('maps the form to VacancyInput: trimmed texts, numbers, Bishkek deadline, distinct offices, nulls for blanks', () => {
    expect(draftToInput({ ...complete(), minExperienceYears: '3', requiredEducation: 'HIGHER', stateLanguageLevel: 'B2' })).toEqual({
      title: { ky: 'Башкы адис', ru: 'Главный специалист', en: null },
      description: { ky: 'Милдеттер', ru: 'Обязанности', en: 'Duties' },
      requirements: { ky: 'Талаптар', ru: 'Требования', en: null },
      unit: null,
      requiredDocuments: null,
      group: 'SENIOR',
      employment: 'FULL_TIME',
      salaryMin: 25000,
      salaryMax: 35000.5,
      deadline: '2026-04-30T18:00:00+06:00',
      officeIds: ['office-1', 'office-2'],
      requiredEducation: 'HIGHER',
      minExperienceYears: 3,
      stateLanguageLevel: 'B2',
    });
  });

  it('refuses an unchecked draft rather than sending nonsense', () => {
    expect(() => draftToInput(emptyVacancyDraft())).toThrow();
  });
});

describe('vacancyToDraft', () => {
  it('shows a stored vacancy for editing and maps back to the same input', () => {
    const draft = vacancyToDraft({
      title: { ky: 'Т', ru: 'Т', en: null },
      description: { ky: 'Д', ru: 'Д', en: 'D' },
      requirements: { ky: 'Р', ru: 'Р', en: null },
      unit: null,
      requiredDocuments: { ky: 'Паспорт', ru: 'Паспорт', en: null },
      group: 'MAIN',
      employment: 'PART_TIME',
      salaryMin: 20000,
      salaryMax: 30000,
      deadline: '2026-04-30T12:00:00Z',
      offices: [{ id: 'o1' }],
      requiredEducation: null,
      minExperienceYears: 0,
      stateLanguageLevel: 'NATIVE',
    });
    expect(draft.deadline).toBe('2026-04-30T18:00');
    expect(draft.minExperienceYears).toBe('0');
    expect(draft.requiredEducation).toBe('');
    const input = draftToInput(draft);
    expect(input.deadline).toBe('2026-04-30T18:00:00+06:00');
    expect(Date.parse(input.deadline)).toBe(Date.parse('2026-04-30T12:00:00Z'));
    expect(input.requiredDocuments).toEqual({ ky: 'Паспорт', ru: 'Паспорт', en: null });
    expect(input.minExperienceYears).toBe(0);
    expect(input.stateLanguageLevel).toBe('NATIVE');
  });
});

describe('Bishkek time and amounts', () => {
  it('converts between datetime-local values and moments', () => {
    expect(bishkekInputToIso('2026-12-31T23:30')).toBe('2026-12-31T23:30:00+06:00');
    expect(bishkekInputToIso('31.12.2026')).toBeNull();
    expect(bishkekInputToIso('2026-13-01T10:00')).toBeNull();
    expect(isoToBishkekInput('2026-12-31T20:00:00Z')).toBe('2027-01-01T02:00');
    expect(isoToBishkekInput('not a date')).toBe('');
  });

  it('reads sums with spaces and a decimal comma', () => {
    expect(parseAmount('25 000')).toBe(25000);
    expect(parseAmount('1\u00a0500,75')).toBe(1500.75);
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('12.345')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });
});
