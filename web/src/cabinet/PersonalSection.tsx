import { useEffect, useState, type FormEvent } from 'react';
import type {
  MaritalStatus,
  PersonalInformationQuery,
  Sex,
  UpdatePersonalInformationMutation,
  UpdatePersonalInformationMutationVariables,
} from '../api/generated';
import { useQuery } from '../api/useQuery';
import { Field } from '../forms/Field';
import { FormStatus } from '../forms/FormStatus';
import { useMutation } from '../forms/useMutation';
import { defineTexts, useTexts } from '../i18n/texts';
import { LoadError, Loading } from '../pages/Status';
import { citizenships, countryTexts, maritalTexts, sexTexts } from './enumTexts';
import { personalInformationQuery, updatePersonalInformationMutation } from './operations';
import { cabinetTexts } from './texts';

const texts = defineTexts(
  { sex: 'Жынысы', citizenship: 'Жарандыгы', phone: 'Телефон', phoneHint: 'Мисалы: +996 555 123 456', region: 'Аймак', district: 'Району', address: 'Дареги', marital: 'Үй-бүлөлүк абалы' },
  { sex: 'Пол', citizenship: 'Гражданство', phone: 'Телефон', phoneHint: 'Например: +996 555 123 456', region: 'Регион', district: 'Район', address: 'Адрес', marital: 'Семейное положение' },
  { sex: 'Sex', citizenship: 'Citizenship', phone: 'Phone', phoneHint: 'For example: +996 555 123 456', region: 'Region', district: 'District', address: 'Address', marital: 'Marital status' },
);

type Form = { sex: string; citizenship: string; phone: string; regionCode: string; district: string; address: string; maritalStatus: string };

const empty: Form = { sex: '', citizenship: '', phone: '', regionCode: '', district: '', address: '', maritalStatus: '' };

/** «Жеке маалымат»: sex, citizenship, phone, region, district, address, marital status. */
export default function PersonalSection({ onSaved }: { onSaved(): void }) {
  const state = useQuery<PersonalInformationQuery, Record<string, never>>(personalInformationQuery, {});
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={state.retry} />;
  return <PersonalForm data={state.data} onSaved={onSaved} />;
}

function PersonalForm({ data, onSaved }: { data: PersonalInformationQuery; onSaved(): void }) {
  const t = useTexts(texts);
  const c = useTexts(cabinetTexts);
  const sex = useTexts(sexTexts);
  const marital = useTexts(maritalTexts);
  const country = useTexts(countryTexts);
  const [form, setForm] = useState<Form>(empty);
  const save = useMutation<UpdatePersonalInformationMutation, UpdatePersonalInformationMutationVariables>(updatePersonalInformationMutation);

  useEffect(() => {
    const p = data.me.profile;
    setForm({
      sex: p?.sex ?? '',
      citizenship: p?.citizenship ?? (p ? '' : 'KG'),
      phone: p?.phone ?? '',
      regionCode: p?.regionCode ?? '',
      district: p?.district ?? '',
      address: p?.address ?? '',
      maritalStatus: p?.maritalStatus ?? '',
    });
  }, [data]);

  const set = (key: keyof Form) => (event: { target: { value: string } }) => setForm(f => ({ ...f, [key]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save.run({
      input: {
        sex: (form.sex || null) as Sex | null,
        citizenship: form.citizenship.trim() || null,
        phone: form.phone.trim() || null,
        regionCode: form.regionCode || null,
        district: form.district.trim() || null,
        address: form.address.trim() || null,
        maritalStatus: (form.maritalStatus || null) as MaritalStatus | null,
      },
    });
    if (saved) onSaved();
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field label={t('sex')}>
        <select value={form.sex} onChange={set('sex')}>
          <option value="">{c('select')}</option>
          {(['MALE', 'FEMALE'] as const).map(v => <option key={v} value={v}>{sex(v)}</option>)}
        </select>
      </Field>
      <Field label={t('citizenship')}>
        <select value={form.citizenship} onChange={set('citizenship')}>
          <option value="">{c('select')}</option>
          {citizenships.map(code => <option key={code} value={code}>{country(code)}</option>)}
          {form.citizenship && !(citizenships as readonly string[]).includes(form.citizenship) && (
            <option value={form.citizenship}>{form.citizenship}</option>
          )}
        </select>
      </Field>
      <Field label={t('phone')} hint={t('phoneHint')}>
        <input type="tel" value={form.phone} onChange={set('phone')} maxLength={30} autoComplete="tel" />
      </Field>
      <Field label={t('region')}>
        <select value={form.regionCode} onChange={set('regionCode')}>
          <option value="">{c('select')}</option>
          {data.regions.map(r => <option key={r.code} value={r.code}>{r.name.text}</option>)}
        </select>
      </Field>
      <Field label={t('district')}>
        <input value={form.district} onChange={set('district')} maxLength={100} />
      </Field>
      <Field label={t('address')}>
        <input value={form.address} onChange={set('address')} maxLength={300} autoComplete="street-address" />
      </Field>
      <Field label={t('marital')}>
        <select value={form.maritalStatus} onChange={set('maritalStatus')}>
          <option value="">{c('select')}</option>
          {(['SINGLE', 'MARRIED', 'DIVORCED', 'WIDOWED'] as const).map(v => <option key={v} value={v}>{marital(v)}</option>)}
        </select>
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={save.state.status === 'saving'}>{c('save')}</button>
        <FormStatus state={save.state} />
      </div>
    </form>
  );
}
