import { useState, type FormEvent } from 'react';
import type {
  PostType,
  SaveWorkExperienceMutation,
  SaveWorkExperienceMutationVariables,
  WorkExperiencesQuery,
} from '../api/generated';
import { useQuery } from '../api/useQuery';
import { DocumentUpload } from '../forms/DocumentUpload';
import { Field } from '../forms/Field';
import { FormStatus } from '../forms/FormStatus';
import { useMutation } from '../forms/useMutation';
import { useI18n } from '../i18n/I18n';
import { defineTexts, useTexts } from '../i18n/texts';
import { LoadError, Loading } from '../pages/Status';
import { postTypeTexts } from './enumTexts';
import { removeWorkExperienceMutation, saveWorkExperienceMutation, workExperiencesQuery } from './operations';
import { checkPeriod, requireFields, splitList, type RecordErrors } from './recordRules';
import { RecordList } from './RecordList';
import { cabinetTexts } from './texts';

const texts = defineTexts(
  {
    organisation: 'Уюм', department: 'Бөлүм', position: 'Кызмат орду', postType: 'Кызматтын түрү',
    areas: 'Ишмердүүлүк чөйрөлөрү', areasHint: 'Үтүр менен бөлүп жазыңыз.', periods: 'Мөөнөттөрү',
    startDate: 'Башталган күнү', endDate: 'Бүткөн күнү', endHint: 'Азыр да иштесеңиз, бош калтырыңыз.',
    addExperience: 'Жумуш тажырыйбасын кошуу', editExperience: 'Жумуш тажырыйбасын өзгөртүү',
    total: 'Жалпы иш стажы: {years} жыл; мамлекеттик кызматта: {civil} жыл.',
  },
  {
    organisation: 'Организация', department: 'Отдел', position: 'Должность', postType: 'Вид службы',
    areas: 'Сферы деятельности', areasHint: 'Перечислите через запятую.', periods: 'Периоды',
    startDate: 'Дата начала', endDate: 'Дата окончания', endHint: 'Если работаете сейчас, оставьте пустым.',
    addExperience: 'Добавить опыт работы', editExperience: 'Изменить опыт работы',
    total: 'Общий стаж: {years} лет; на государственной службе: {civil} лет.',
  },
  {
    organisation: 'Organisation', department: 'Department', position: 'Position', postType: 'Type of post',
    areas: 'Areas of activity', areasHint: 'Separate them with commas.', periods: 'Periods',
    startDate: 'Start date', endDate: 'End date', endHint: 'Leave empty if you still work there.',
    addExperience: 'Add work experience', editExperience: 'Edit work experience',
    total: 'Total experience: {years} years; in the state civil service: {civil} years.',
  },
);

type Experience = WorkExperiencesQuery['me']['workExperiences'][number];
type Values = { organisation: string; department: string; position: string; postType: string; areas: string; startDate: string; endDate: string };
const required = ['organisation', 'position', 'postType', 'areas', 'startDate'] as const;

/** «Жумуш тажырыйбасы»: periods of work, each with its document, and the years they add up to. */
export default function ExperienceSection({ onSaved }: { onSaved(): void }) {
  const t = useTexts(texts);
  const c = useTexts(cabinetTexts);
  const postType = useTexts(postTypeTexts);
  const { format } = useI18n();
  const state = useQuery<WorkExperiencesQuery, Record<string, never>>(workExperiencesQuery, {});
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={state.retry} />;
  const { workExperiences, experience } = state.data.me;
  return (
    <>
      {workExperiences.length > 0 && (
        <p>{t('total', { years: format.number(experience.totalYears), civil: format.number(experience.civilServiceYears) })}</p>
      )}
      <RecordList
        records={workExperiences}
        removeMutation={removeWorkExperienceMutation}
        addLabel={t('addExperience')}
        title={w => `${w.position} — ${w.organisation}`}
        details={w => (
          <>
            <p className="record__meta">
              {[w.department, postType(w.postType), `${format.date(w.startDate)} — ${w.endDate ? format.date(w.endDate) : c('current')}`].filter(Boolean).join(' · ')}
            </p>
            {w.areas.length > 0 && <p className="record__meta">{w.areas.join(', ')}</p>}
          </>
        )}
        form={(item, done, cancel) => <ExperienceForm item={item} onDone={done} onCancel={cancel} />}
        onChanged={() => {
          state.refresh();
          onSaved();
        }}
      />
    </>
  );
}

function ExperienceForm({ item, onDone, onCancel }: { item: Experience | null; onDone(): void; onCancel(): void }) {
  const t = useTexts(texts);
  const c = useTexts(cabinetTexts);
  const postType = useTexts(postTypeTexts);
  const [values, setValues] = useState<Values>({
    organisation: item?.organisation ?? '',
    department: item?.department ?? '',
    position: item?.position ?? '',
    postType: item?.postType ?? '',
    areas: item?.areas.join(', ') ?? '',
    startDate: item?.startDate ?? '',
    endDate: item?.endDate ?? '',
  });
  const [documentId, setDocumentId] = useState<string | null>(item?.documentId ?? null);
  const [errors, setErrors] = useState<RecordErrors<keyof Values>>({});
  const save = useMutation<SaveWorkExperienceMutation, SaveWorkExperienceMutationVariables>(saveWorkExperienceMutation);
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
      id: item?.id ?? null,
      input: {
        organisation: values.organisation.trim(),
        department: values.department.trim() || null,
        position: values.position.trim(),
        postType: values.postType as PostType,
        areas: splitList(values.areas),
        startDate: values.startDate,
        endDate: values.endDate || null,
        documentId,
      },
    });
    if (saved) onDone();
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="experience-form-heading">
      <h2 id="experience-form-heading" className="field--wide">{item ? t('editExperience') : t('addExperience')}</h2>
      <Field label={t('organisation')} required error={error('organisation')} wide><input value={values.organisation} onChange={set('organisation')} maxLength={300} /></Field>
      <Field label={t('department')}><input value={values.department} onChange={set('department')} maxLength={200} /></Field>
      <Field label={t('position')} required error={error('position')}><input value={values.position} onChange={set('position')} maxLength={200} /></Field>
      <Field label={t('postType')} required error={error('postType')}>
        <select value={values.postType} onChange={set('postType')}>
          <option value="">{c('select')}</option>
          {(['STATE_CIVIL_SERVICE', 'MUNICIPAL_SERVICE', 'OTHER'] as const).map(v => <option key={v} value={v}>{postType(v)}</option>)}
        </select>
      </Field>
      <Field label={t('areas')} hint={t('areasHint')} required error={error('areas')}><input value={values.areas} onChange={set('areas')} maxLength={1000} /></Field>
      <fieldset className="field--wide form">
        <legend>{t('periods')}</legend>
        <Field label={t('startDate')} required error={error('startDate')}><input type="date" value={values.startDate} onChange={set('startDate')} /></Field>
        <Field label={t('endDate')} hint={t('endHint')} error={error('endDate')}><input type="date" value={values.endDate} onChange={set('endDate')} /></Field>
      </fieldset>
      <DocumentUpload documentId={documentId} onUploaded={setDocumentId} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={save.state.status === 'saving'}>{c('save')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{c('cancel')}</button>
        <FormStatus state={save.state} />
      </div>
    </form>
  );
}
