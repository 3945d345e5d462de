import type { EducationLevel, EmploymentType, LanguageLevel, LocalizedTextInput, PositionGroup, VacancyInput } from '../api/generated';

/** A text HR writes in the three languages. */
export interface LocalizedDraft { ky: string; ru: string; en: string }

/** The vacancy form as typed: strings for every input, so nothing typed is lost before it is checked. */
export interface VacancyDraft {
  title: LocalizedDraft;
  description: LocalizedDraft;
  requirements: LocalizedDraft;
  unit: LocalizedDraft;
  requiredDocuments: LocalizedDraft;
  group: PositionGroup;
  employment: EmploymentType;
  salaryMin: string;
  salaryMax: string;
  /** Bishkek wall-clock time as a datetime-local input gives it: 2026-12-31T18:00. */
  deadline: string;
  officeIds: string[];
  requiredEducation: EducationLevel | '';
  minExperienceYears: string;
  stateLanguageLevel: LanguageLevel | '';
}

export const positionGroups: PositionGroup[] = ['HIGHEST', 'MAIN', 'SENIOR', 'JUNIOR'];
export const employmentTypes: EmploymentType[] = ['FULL_TIME', 'PART_TIME'];
export const educationLevels: EducationLevel[] = ['SECONDARY_VOCATIONAL', 'HIGHER'];
export const languageLevels: LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'];

/** The server's limits (VacancyInputRules). */
export const limits = { title: 400, text: 4000, unit: 400, documents: 2000, maxExperienceYears: 40, maxSalary: 1_000_000_000, maxOffices: 50 };

const blank = (): LocalizedDraft => ({ ky: '', ru: '', en: '' });

export function emptyVacancyDraft(): VacancyDraft {
  return {
    title: blank(), description: blank(), requirements: blank(), unit: blank(), requiredDocuments: blank(),
    group: 'SENIOR', employment: 'FULL_TIME', salaryMin: '', salaryMax: '', deadline: '', officeIds: [],
    requiredEducation: '', minExperienceYears: '', stateLanguageLevel: '',
  };
}

/** Kyrgyzstan keeps UTC+6 all year: deadlines are entered and shown as Bishkek time. */
const bishkekOffsetMinutes = 6 * 60;

/** "2026-12-31T18:00" (Bishkek) → "2026-12-31T18:00:00+06:00"; null when it is not such a moment. */
export function bishkekInputToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(part => Number(part ?? 0));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - bishkekOffsetMinutes * 60_000;
  const check = new Date(utc + bishkekOffsetMinutes * 60_000);
  // Date.UTC rolls 31 February over into March: such a date was not a real one.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) {
    return null;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+06:00`;
}

/** A moment from the server → the datetime-local value in Bishkek time ("" when unreadable). */
export function isoToBishkekInput(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return new Date(time + bishkekOffsetMinutes * 60_000).toISOString().slice(0, 16);
}

interface VacancyForDraft {
  title: { ky: string; ru: string; en?: string | null };
  description: { ky: string; ru: string; en?: string | null };
  requirements: { ky: string; ru: string; en?: string | null };
  unit?: { ky: string; ru: string; en?: string | null } | null;
  requiredDocuments?: { ky: string; ru: string; en?: string | null } | null;
  group: PositionGroup;
  employment: EmploymentType;
  salaryMin: number;
  salaryMax: number;
  deadline: string;
  offices: { id: string }[];
  requiredEducation?: EducationLevel | null;
  minExperienceYears?: number | null;
  stateLanguageLevel?: LanguageLevel | null;
}

const draftOf = (text?: { ky: string; ru: string; en?: string | null } | null): LocalizedDraft =>
  ({ ky: text?.ky ?? '', ru: text?.ru ?? '', en: text?.en ?? '' });

/** A stored vacancy as the form shows it for editing. */
export function vacancyToDraft(vacancy: VacancyForDraft): VacancyDraft {
  return {
    title: draftOf(vacancy.title),
    description: draftOf(vacancy.description),
    requirements: draftOf(vacancy.requirements),
    unit: draftOf(vacancy.unit),
    requiredDocuments: draftOf(vacancy.requiredDocuments),
    group: vacancy.group,
    employment: vacancy.employment,
    salaryMin: String(vacancy.salaryMin),
    salaryMax: String(vacancy.salaryMax),
    deadline: isoToBishkekInput(vacancy.deadline),
    officeIds: vacancy.offices.map(office => office.id),
    requiredEducation: vacancy.requiredEducation ?? '',
    minExperienceYears: vacancy.minExperienceYears == null ? '' : String(vacancy.minExperienceYears),
    stateLanguageLevel: vacancy.stateLanguageLevel ?? '',
  };
}

export type VacancyField =
  | 'title.ky' | 'title.ru' | 'title.en'
  | 'description.ky' | 'description.ru' | 'description.en'
  | 'requirements.ky' | 'requirements.ru' | 'requirements.en'
  | 'unit.ky' | 'unit.ru' | 'unit.en'
  | 'requiredDocuments.ky' | 'requiredDocuments.ru' | 'requiredDocuments.en'
  | 'salaryMin' | 'salaryMax' | 'deadline' | 'officeIds' | 'minExperienceYears';

export type VacancyProblem =
  | { problem: 'required' }
  | { problem: 'tooLong'; max: number }
  | { problem: 'notAmount' }
  | { problem: 'salaryRange' }
  | { problem: 'deadlineInvalid' }
  | { problem: 'deadlinePast' }
  | { problem: 'deadlineOnlyLater' }
  | { problem: 'experienceRange'; max: number }
  | { problem: 'officesRequired' };

export type VacancyErrors = Partial<Record<VacancyField, VacancyProblem>>;

/** A sum in soms as typed: digits with spaces as thousands separators, and a decimal comma or point. */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return null;
  return Number(compact);
}

interface CheckContext {
  now: Date;
  /** A published vacancy's deadline may only move later (the server's DEADLINE_ONLY_LATER). */
  publishedDeadline?: string | null;
}

/** The server's checks, done before sending so that each problem shows at its field. */
export function checkVacancyDraft(draft: VacancyDraft, context: CheckContext): VacancyErrors {
  const errors: VacancyErrors = {};
  const text = (name: 'title' | 'description' | 'requirements' | 'unit' | 'requiredDocuments', required: boolean, max: number) => {
    for (const language of ['ky', 'ru', 'en'] as const) {
      const value = draft[name][language].trim();
      const field = `${name}.${language}` as VacancyField;
      if (!value && required && language !== 'en') errors[field] = { problem: 'required' };
      else if (value.length > max) errors[field] = { problem: 'tooLong', max };
    }
    // An optional text in English only would be dropped by the server: it needs Kyrgyz or Russian.
    const given = draft[name];
    if (!required && given.en.trim() && !given.ky.trim() && !given.ru.trim()) errors[`${name}.ky` as VacancyField] = { problem: 'required' };
  };
  text('title', true, limits.title);
  text('description', true, limits.text);
  text('requirements', true, limits.text);
  text('unit', false, limits.unit);
  text('requiredDocuments', false, limits.documents);

  const salaryMin = parseAmount(draft.salaryMin);
  const salaryMax = parseAmount(draft.salaryMax);
  if (!draft.salaryMin.trim()) errors.salaryMin = { problem: 'required' };
  else if (salaryMin === null) errors.salaryMin = { problem: 'notAmount' };
  if (!draft.salaryMax.trim()) errors.salaryMax = { problem: 'required' };
  else if (salaryMax === null) errors.salaryMax = { problem: 'notAmount' };
  else if (salaryMax > limits.maxSalary || (salaryMin !== null && salaryMax < salaryMin)) errors.salaryMax = { problem: 'salaryRange' };

  if (!draft.deadline.trim()) errors.deadline = { problem: 'required' };
  else {
    const deadline = bishkekInputToIso(draft.deadline);
    if (!deadline) errors.deadline = { problem: 'deadlineInvalid' };
    else if (Date.parse(deadline) <= context.now.getTime()) errors.deadline = { problem: 'deadlinePast' };
    else if (context.publishedDeadline && Date.parse(deadline) < Date.parse(context.publishedDeadline)) {
      errors.deadline = { problem: 'deadlineOnlyLater' };
    }
  }

  if (draft.officeIds.length === 0) errors.officeIds = { problem: 'officesRequired' };

  const experience = draft.minExperienceYears.trim();
  if (experience && (!/^\d{1,2}$/.test(experience) || Number(experience) > limits.maxExperienceYears)) {
    errors.minExperienceYears = { problem: 'experienceRange', max: limits.maxExperienceYears };
  }
  return errors;
}

function requiredText(text: LocalizedDraft): LocalizedTextInput {
  return { ky: text.ky.trim(), ru: text.ru.trim(), en: text.en.trim() || null };
}

/** An optional text: left empty in every language, it is not sent; given in one of ky/ru only, the server uses it for both. */
function optionalText(text: LocalizedDraft): LocalizedTextInput | null {
  const ky = text.ky.trim();
  const ru = text.ru.trim();
  const en = text.en.trim();
  if (!ky && !ru && !en) return null;
  return { ky, ru, en: en || null };
}

/** The checked form as the API takes it; call only when `checkVacancyDraft` found nothing. */
export function draftToInput(draft: VacancyDraft): VacancyInput {
  const deadline = bishkekInputToIso(draft.deadline);
  const salaryMin = parseAmount(draft.salaryMin);
  const salaryMax = parseAmount(draft.salaryMax);
  if (deadline === null || salaryMin === null || salaryMax === null) {
    throw new Error('draftToInput: the draft was not checked');
  }
  const experience = draft.minExperienceYears.trim();
  return {
    title: requiredText(draft.title),
    description: requiredText(draft.description),
    requirements: requiredText(draft.requirements),
    unit: optionalText(draft.unit),
    requiredDocuments: optionalText(draft.requiredDocuments),
    group: draft.group,
    employment: draft.employment,
    salaryMin,
    salaryMax,
    deadline,
    officeIds: [...new Set(draft.officeIds)],
    requiredEducation: draft.requiredEducation || null,
    minExperienceYears: experience ? Number(experience) : null,
    stateLanguageLevel: draft.stateLanguageLevel || null,
  };
}
