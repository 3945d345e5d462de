import { useEffect, useState, type FormEvent } from 'react';
import type {
  AdditionalInformationQuery,
  LanguageLevel,
  UpdateAdditionalInformationMutation,
  UpdateAdditionalInformationMutationVariables,
} from '../api/generated';
import { useQuery } from '../api/useQuery';
import { Field } from '../forms/Field';
import { FormStatus } from '../forms/FormStatus';
import { useMutation } from '../forms/useMutation';
import { defineTexts, useTexts } from '../i18n/texts';
import { LoadError, Loading } from '../pages/Status';
import { languageTexts, levelTexts } from './enumTexts';
import { additionalInformationQuery, updateAdditionalInformationMutation } from './operations';
import { cabinetTexts } from './texts';

const texts = defineTexts(
  {
    languages: 'Тилдерди билүү',
    stateLanguageHint: 'Мамлекеттик тилди (кыргыз тилин) билүү деңгээли милдеттүү.',
    language: 'Тил',
    level: 'Деңгээли',
    addLanguage: 'Тил кошуу',
    removeLanguage: 'Тилди өчүрүү',
    levelRequired: 'Деңгээлин тандаңыз.',
    computerSkills: 'Компьютердик билими',
    awards: 'Сыйлыктары',
    scientificDegree: 'Илимий даражасы',
    about: 'Өзү жөнүндө',
  },
  {
    languages: 'Владение языками',
    stateLanguageHint: 'Уровень владения государственным (кыргызским) языком обязателен.',
    language: 'Язык',
    level: 'Уровень',
    addLanguage: 'Добавить язык',
    removeLanguage: 'Удалить язык',
    levelRequired: 'Выберите уровень.',
    computerSkills: 'Компьютерные навыки',
    awards: 'Награды',
    scientificDegree: 'Учёная степень',
    about: 'О себе',
  },
  {
    languages: 'Languages',
    stateLanguageHint: 'The level of the state language (Kyrgyz) is required.',
    language: 'Language',
    level: 'Level',
    addLanguage: 'Add a language',
    removeLanguage: 'Remove the language',
    levelRequired: 'Choose the level.',
    computerSkills: 'Computer skills',
    awards: 'Awards',
    scientificDegree: 'Scientific degree',
    about: 'About me',
  },
);

const levels: LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'];
const languageCodes = Object.keys(languageTexts.ky) as (keyof typeof languageTexts.ky)[];

interface Row {
  language: string;
  level: string;
}

/** «Кошумча маалымат»: languages (the state language first), computer skills, awards, degree, about. */
export default function AdditionalSection({ onSaved }: { onSaved(): void }) {
  const state = useQuery<AdditionalInformationQuery, Record<string, never>>(additionalInformationQuery, {});
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={state.retry} />;
  return <AdditionalForm data={state.data} onSaved={onSaved} />;
}

function AdditionalForm({ data, onSaved }: { data: AdditionalInformationQuery; onSaved(): void }) {
  const t = useTexts(texts);
  const c = useTexts(cabinetTexts);
  const language = useTexts(languageTexts);
  const level = useTexts(levelTexts);
  const [rows, setRows] = useState<Row[]>([]);
  const [text, setText] = useState({ computerSkills: '', awards: '', scientificDegree: '', about: '' });
  const [missingLevels, setMissingLevels] = useState<number[]>([]);
  const save = useMutation<UpdateAdditionalInformationMutation, UpdateAdditionalInformationMutationVariables>(updateAdditionalInformationMutation);

  useEffect(() => {
    const p = data.me.profile;
    const known = p?.languages.map(l => ({ language: l.language, level: l.level })) ?? [];
    setRows(known.some(l => l.language === 'ky') ? known : [{ language: 'ky', level: '' }, ...known]);
    setText({ computerSkills: p?.computerSkills ?? '', awards: p?.awards ?? '', scientificDegree: p?.scientificDegree ?? '', about: p?.about ?? '' });
  }, [data]);

  const nameOf = (code: string) => ((languageCodes as string[]).includes(code) ? language(code as (typeof languageCodes)[number]) : code);
  const setRow = (index: number, change: Partial<Row>) => setRows(all => all.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const setField = (key: keyof typeof text) => (event: { target: { value: string } }) => setText(v => ({ ...v, [key]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A language chosen without its level would be dropped silently: say so instead of saving less than was typed.
    const missing = rows.flatMap((row, index) => (row.language && !row.level ? [index] : []));
    setMissingLevels(missing);
    if (missing.length > 0) return;
    const saved = await save.run({
      input: {
        languages: rows.filter(r => r.language && r.level).map(r => ({ language: r.language, level: r.level as LanguageLevel })),
        computerSkills: text.computerSkills.trim() || null,
        awards: text.awards.trim() || null,
        scientificDegree: text.scientificDegree.trim() || null,
        about: text.about.trim() || null,
      },
    });
    if (saved) onSaved();
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <fieldset className="languages-list">
        <legend>{t('languages')}</legend>
        <p className="field__hint">{t('stateLanguageHint')}</p>
        {rows.map((row, index) => (
          <div className="language-row" key={index}>
            <Field label={t('language')}>
              <select value={row.language} onChange={e => setRow(index, { language: e.target.value })}>
                <option value="">{c('select')}</option>
                {languageCodes.map(code => <option key={code} value={code}>{language(code)}</option>)}
              </select>
            </Field>
            <Field label={row.language ? `${t('level')} — ${nameOf(row.language)}` : t('level')} error={missingLevels.includes(index) ? t('levelRequired') : null}>
              <select value={row.level} onChange={e => setRow(index, { level: e.target.value })}>
                <option value="">{c('select')}</option>
                {levels.map(l => <option key={l} value={l}>{level(l)}</option>)}
              </select>
            </Field>
            <button type="button" className="button button--small button--danger" onClick={() => setRows(all => all.filter((_, i) => i !== index))}>
              {t('removeLanguage')}
            </button>
          </div>
        ))}
        <p>
          <button type="button" className="button button--small button--secondary" onClick={() => setRows(all => [...all, { language: '', level: '' }])}>
            {t('addLanguage')}
          </button>
        </p>
      </fieldset>
      <Field label={t('computerSkills')} wide><textarea value={text.computerSkills} onChange={setField('computerSkills')} maxLength={1000} /></Field>
      <Field label={t('awards')} wide><textarea value={text.awards} onChange={setField('awards')} maxLength={2000} /></Field>
      <Field label={t('scientificDegree')} wide><input value={text.scientificDegree} onChange={setField('scientificDegree')} maxLength={300} /></Field>
      <Field label={t('about')} wide><textarea value={text.about} onChange={setField('about')} maxLength={4000} /></Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={save.state.status === 'saving'}>{c('save')}</button>
        <FormStatus state={save.state} />
      </div>
    </form>
  );
}
