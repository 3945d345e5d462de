import { useTexts } from '../i18n/texts';
import { Field } from './Field';
import type { LocalizedDraft, VacancyErrors, VacancyField } from './vacancyForm';
import { vacancyTexts } from './vacancyTexts';

export type LocalizedName = 'title' | 'description' | 'requirements' | 'unit' | 'requiredDocuments';
const languages = ['ky', 'ru', 'en'] as const;

interface Props {
  name: LocalizedName;
  value: LocalizedDraft;
  multiline?: boolean;
  maxLength: number;
  errors: VacancyErrors;
  problemText(field: VacancyField): string | undefined;
  onChange(value: LocalizedDraft): void;
}

/** One text of the vacancy in Kyrgyz, Russian and English, grouped under its name. */
export function LocalizedFields({ name, value, multiline, maxLength, errors, problemText, onChange }: Props) {
  const t = useTexts(vacancyTexts);
  return (
    <fieldset className="hr-fieldset">
      <legend>{t(name)}</legend>
      <div className="hr-languages">
        {languages.map(language => {
          const field = `${name}.${language}` as VacancyField;
          const id = `hr-vacancy-${name}-${language}`;
          const error = errors[field] ? problemText(field) : undefined;
          const common = {
            id,
            value: value[language],
            maxLength: maxLength + 100,
            lang: language,
            'aria-invalid': !!error,
          };
          return (
            <Field key={language} id={id} label={t(`language${language}`)} error={error}>
              {describedBy => multiline
                ? <textarea rows={5} {...common} aria-describedby={describedBy} onChange={event => onChange({ ...value, [language]: event.target.value })} />
                : <input {...common} aria-describedby={describedBy} onChange={event => onChange({ ...value, [language]: event.target.value })} />}
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}
