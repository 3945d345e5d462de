import { useState, type FormEvent } from 'react';
import type {
  EducationsQuery,
  SaveEducationMutation,
  SaveEducationMutationVariables,
  StudyForm,
} from '../api/generated';
import { useQuery } from '../api/useQuery';
import { DocumentUpload } from '../forms/DocumentUpload';
import { Field } from '../forms/Field';
import { FormStatus } from '../forms/FormStatus';
import { useMutation } from '../forms/useMutation';
import { useI18n } from '../i18n/I18n';
import { defineTexts, useTexts } from '../i18n/texts';
import { LoadError, Loading } from '../pages/Status';
import { studyFormTexts } from './enumTexts';
import { educationsQuery, removeEducationMutation, saveEducationMutation } from './operations';
import { checkPeriod, requireFields, type RecordErrors } from './recordRules';
import { RecordList } from './RecordList';
import { cabinetTexts } from './texts';

const texts = defineTexts(
  {
    institution: 'ЖОЖдун аталышы', speciality: 'Адистик', qualification: 'Квалификация', startDate: 'Башталган күнү',
    endDate: 'Бүткөн күнү', endHint: 'Окуп жатсаңыз, бош калтырыңыз.', form: 'Билим берүү түрү', field: 'Багыты',
    addEducation: 'Билим кошуу', editEducation: 'Билимди өзгөртүү',
  },
  {
    institution: 'Название вуза', speciality: 'Специальность', qualification: 'Квалификация', startDate: 'Дата начала',
    endDate: 'Дата окончания', endHint: 'Если вы ещё учитесь, оставьте пустым.', form: 'Форма обучения', field: 'Направление',
    addEducation: 'Добавить образование', editEducation: 'Изменить образование',
  },
  {
    institution: 'Institution', speciality: 'Speciality', qualification: 'Qualification', startDate: 'Start date',
    endDate: 'End date', endHint: 'Leave empty if you are still studying.', form: 'Form of study', field: 'Field',
    addEducation: 'Add education', editEducation: 'Edit education',
  },
);

type Education = EducationsQuery['me']['educations'][number];
type Values = { institution: string; speciality: string; qualification: string; startDate: string; endDate: string; form: string; field: string };
const required = ['institution', 'speciality', 'qualification', 'startDate', 'form', 'field'] as const;

/** «Билим»: the citizen's education records, each with its document («Документти жүктөө»). */
export default function EducationSection({ onSaved }: { onSaved(): void }) {
  const t = useTexts(texts);
  const c = useTexts(cabinetTexts);
  const studyForm = useTexts(studyFormTexts);
  const { format } = useI18n();
  const state = useQuery<EducationsQuery, Record<string, never>>(educationsQuery, {});
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={state.retry} />;
  return (
    <RecordList
      records={state.data.me.educations}
      removeMutation={removeEducationMutation}
      addLabel={t('addEducation')}
      title={e => e.institution}
      details={e => (
        <p className="record__meta">
          {e.speciality} · {e.qualification} · {studyForm(e.form)} · {format.date(e.startDate)} — {e.endDate ? format.date(e.endDate) : c('current')}
        </p>
      )}
      form={(education, done, cancel) => <EducationForm education={education} onDone={done} onCancel={cancel} />}
      onChanged={() => {
        state.refresh();
        onSaved();
      }}
    />
  );
}

function EducationForm({ education, onDone, onCancel }: { education: Education | null; onDone(): void; onCancel(): void }) {
  const t = useTexts(texts);
  const c = useTexts(cabinetTexts);
  const studyForm = useTexts(studyFormTexts);
  const [values, setValues] = useState<Values>({
    institution: education?.institution ?? '',
    speciality: education?.speciality ?? '',
    qualification: education?.qualification ?? '',
    startDate: education?.startDate ?? '',
    endDate: education?.endDate ?? '',
    form: education?.form ?? '',
    field: education?.field ?? '',
  });
  const [documentId, setDocumentId] = useState<string | null>(education?.documentId ?? null);
  const [errors, setErrors] = useState<RecordErrors<keyof Values>>({});
  const save = useMutation<SaveEducationMutation, SaveEducationMutationVariables>(saveEducationMutation);
  const set = (key: keyof Values) => (event: { target: { value: string } }) => setValues(v => ({ ...v, [key]: event.target.value }));
  const error = (key: keyof Values) => (errors[key] ? c(errors[key]) : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: RecordErrors<keyof Values> = { ...requireFields(values, required) };
    const period = checkPeriod(values.startDate, values.endDate);
    if (period) found.endDate = period;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const saved = await save.run({
      id: education?.id ?? null,
      input: {
        institution: values.institution.trim(),
        speciality: values.speciality.trim(),
        qualification: values.qualification.trim(),
        startDate: values.startDate,
        endDate: values.endDate || null,
        form: values.form as StudyForm,
        field: values.field.trim(),
        documentId,
      },
    });
    if (saved) onDone();
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="education-form-heading">
      <h2 id="education-form-heading" className="field--wide">{education ? t('editEducation') : t('addEducation')}</h2>
      <Field label={t('institution')} required error={error('institution')} wide><input value={values.institution} onChange={set('institution')} maxLength={300} /></Field>
      <Field label={t('speciality')} required error={error('speciality')}><input value={values.speciality} onChange={set('speciality')} maxLength={200} /></Field>
      <Field label={t('qualification')} required error={error('qualification')}><input value={values.qualification} onChange={set('qualification')} maxLength={200} /></Field>
      <Field label={t('startDate')} required error={error('startDate')}><input type="date" value={values.startDate} onChange={set('startDate')} /></Field>
      <Field label={t('endDate')} hint={t('endHint')} error={error('endDate')}><input type="date" value={values.endDate} onChange={set('endDate')} /></Field>
      <Field label={t('form')} required error={error('form')}>
        <select value={values.form} onChange={set('form')}>
          <option value="">{c('select')}</option>
          {(['FULL_TIME', 'PART_TIME', 'EVENING', 'DISTANCE'] as const).map(v => <option key={v} value={v}>{studyForm(v)}</option>)}
        </select>
      </Field>
      <Field label={t('field')} required error={error('field')}><input value={values.field} onChange={set('field')} maxLength={200} /></Field>
      <DocumentUpload documentId={documentId} onUploaded={setDocumentId} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={save.state.status === 'saving'}>{c('save')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{c('cancel')}</button>
        <FormStatus state={save.state} />
      </div>
    </form>
  );
}
