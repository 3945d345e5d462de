import { useState, type FormEvent } from 'react';
import type { EducationLevel, EmploymentType, LanguageLevel, PositionGroup, VacancyInput } from '../api/generated';
import { useI18n } from '../i18n/I18n';
import { fill } from '../i18n/messages';
import { useTexts } from '../i18n/texts';
import { messageOf } from './errors';
import { Field } from './Field';
import { LocalizedFields, type LocalizedName } from './LocalizedFields';
import {
  checkVacancyDraft, draftToInput, educationLevels, employmentTypes, languageLevels, limits, positionGroups,
  type VacancyDraft, type VacancyErrors, type VacancyField,
} from './vacancyForm';
import { vacancyTexts } from './vacancyTexts';

export interface OfficeChoice {
  id: string;
  name: { text: string };
  address: { text: string };
}

interface Props {
  initial: VacancyDraft;
  offices: OfficeChoice[];
  /** Set for a published vacancy: its deadline may only move later. */
  publishedDeadline?: string | null;
  submitLabel: string;
  save(input: VacancyInput): Promise<void>;
}

const localized: { name: LocalizedName; multiline: boolean; max: number }[] = [
  { name: 'title', multiline: false, max: limits.title },
  { name: 'description', multiline: true, max: limits.text },
  { name: 'requirements', multiline: true, max: limits.text },
  { name: 'unit', multiline: false, max: limits.unit },
  { name: 'requiredDocuments', multiline: true, max: limits.documents },
];

/** Every input of VacancyInput, checked as the server checks it before it is sent. */
export function VacancyForm({ initial, offices, publishedDeadline, submitLabel, save }: Props) {
  const t = useTexts(vacancyTexts);
  const { t: common } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<VacancyErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<VacancyDraft>) => setDraft(current => ({ ...current, ...patch }));

  const label = (field: VacancyField): string => {
    const [name, language] = field.split('.') as [string, 'ky' | 'ru' | 'en' | undefined];
    const labels: Record<string, string> = {
      salaryMin: t('salaryMin'), salaryMax: t('salaryMax'), deadline: t('deadline'), officeIds: t('offices'), minExperienceYears: t('minExperience'),
    };
    return language ? `${t(name as LocalizedName)} (${t(`language${language}`)})` : labels[name];
  };
  const problemText = (field: VacancyField): string | undefined => {
    const problem = errors[field];
    if (!problem) return undefined;
    return fill(t(`problem${problem.problem}`), { field: label(field), max: 'max' in problem ? problem.max : '' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const found = checkVacancyDraft(draft, { now: new Date(), publishedDeadline });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await save(draftToInput(draft));
    } catch (error) {
      setServerError(messageOf(error, t('actionFailed')));
    } finally {
      setBusy(false);
    }
  };

  const problems = (Object.keys(errors) as VacancyField[]).map(field => ({ field, text: problemText(field)! }));
  const fieldId = (field: VacancyField) => (field.includes('.') ? `hr-vacancy-${field.replace('.', '-')}` : `hr-vacancy-${field}`);

  return (
    <form className="hr-form" onSubmit={event => void submit(event)} noValidate aria-labelledby="hr-vacancy-heading">
      {problems.length > 0 && (
        <div className="hr-error-summary" role="alert">
          <p>{t('fixProblems')}</p>
          <ul>{problems.map(p => <li key={p.field}><a href={`#${fieldId(p.field)}`}>{p.text}</a></li>)}</ul>
        </div>
      )}
      {localized.map(text => (
        <LocalizedFields
          key={text.name} name={text.name} value={draft[text.name]} multiline={text.multiline} maxLength={text.max}
          errors={errors} problemText={problemText} onChange={value => change({ [text.name]: value })}
        />
      ))}

      <fieldset className="hr-fieldset">
        <legend>{t('conditions')}</legend>
        <div className="hr-grid">
          <div className="field">
            <label htmlFor="hr-vacancy-group">{common('positionGroup')}</label>
            <select id="hr-vacancy-group" value={draft.group} onChange={event => change({ group: event.target.value as PositionGroup })}>
              {positionGroups.map(group => <option key={group} value={group}>{common(`group${group}`)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="hr-vacancy-employment">{common('employment')}</label>
            <select id="hr-vacancy-employment" value={draft.employment} onChange={event => change({ employment: event.target.value as EmploymentType })}>
              {employmentTypes.map(type => <option key={type} value={type}>{common(`employment${type}`)}</option>)}
            </select>
          </div>
          <Field id="hr-vacancy-salaryMin" label={t('salaryMin')} error={problemText('salaryMin')}>
            {describedBy => <input id="hr-vacancy-salaryMin" inputMode="decimal" autoComplete="off" value={draft.salaryMin} aria-invalid={!!errors.salaryMin} aria-describedby={describedBy} onChange={event => change({ salaryMin: event.target.value })} />}
          </Field>
          <Field id="hr-vacancy-salaryMax" label={t('salaryMax')} error={problemText('salaryMax')}>
            {describedBy => <input id="hr-vacancy-salaryMax" inputMode="decimal" autoComplete="off" value={draft.salaryMax} aria-invalid={!!errors.salaryMax} aria-describedby={describedBy} onChange={event => change({ salaryMax: event.target.value })} />}
          </Field>
          <Field id="hr-vacancy-deadline" label={t('deadline')} error={problemText('deadline')}>
            {describedBy => <input id="hr-vacancy-deadline" type="datetime-local" value={draft.deadline} aria-invalid={!!errors.deadline} aria-describedby={describedBy} onChange={event => change({ deadline: event.target.value })} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="hr-fieldset" id="hr-vacancy-officeIds" aria-invalid={!!errors.officeIds} aria-describedby={errors.officeIds ? 'hr-vacancy-officeIds-error' : undefined}>
        <legend>{t('offices')}</legend>
        {offices.map(office => (
          <label key={office.id} className="hr-check">
            <input
              type="checkbox"
              checked={draft.officeIds.includes(office.id)}
              onChange={event => change({ officeIds: event.target.checked ? [...draft.officeIds, office.id] : draft.officeIds.filter(id => id !== office.id) })}
            />
            <span>{office.name.text} <span className="hr-muted">— {office.address.text}</span></span>
          </label>
        ))}
        {errors.officeIds && <p className="hr-field-error" id="hr-vacancy-officeIds-error">{problemText('officeIds')}</p>}
      </fieldset>

      <fieldset className="hr-fieldset">
        <legend>{t('qualification')}</legend>
        <p className="hr-hint">{t('lockedHint')}</p>
        <div className="hr-grid">
          <div className="field">
            <label htmlFor="hr-vacancy-education">{t('requiredEducation')}</label>
            <select id="hr-vacancy-education" value={draft.requiredEducation} onChange={event => change({ requiredEducation: event.target.value as EducationLevel | '' })}>
              <option value="">{t('notRequired')}</option>
              {educationLevels.map(level => <option key={level} value={level}>{t(`education${level}`)}</option>)}
            </select>
          </div>
          <Field id="hr-vacancy-minExperienceYears" label={t('minExperience')} error={problemText('minExperienceYears')}>
            {describedBy => <input id="hr-vacancy-minExperienceYears" inputMode="numeric" autoComplete="off" value={draft.minExperienceYears} aria-invalid={!!errors.minExperienceYears} aria-describedby={describedBy} onChange={event => change({ minExperienceYears: event.target.value })} />}
          </Field>
          <div className="field">
            <label htmlFor="hr-vacancy-language">{t('stateLanguage')}</label>
            <select id="hr-vacancy-language" value={draft.stateLanguageLevel} onChange={event => change({ stateLanguageLevel: event.target.value as LanguageLevel | '' })}>
              <option value="">{t('notRequired')}</option>
              {languageLevels.map(level => <option key={level} value={level}>{level === 'NATIVE' ? t('levelNATIVE') : level}</option>)}
            </select>
          </div>
        </div>
      </fieldset>

      {serverError && <p className="hr-error" role="alert">{serverError}</p>}
      <div className="hr-form__actions">
        <button type="submit" className="button" disabled={busy}>{busy ? t('saving') : submitLabel}</button>
      </div>
    </form>
  );
}
