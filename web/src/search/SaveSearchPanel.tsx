import { useState } from 'react';
import type { AlertFrequency, SaveVacancySearchMutation, SaveVacancySearchMutationVariables, VacancyFilterInput } from '../api/generated';
import { useAuth } from '../auth/Auth';
import { FormStatus } from '../forms/FormStatus';
import { useMutation } from '../forms/useMutation';
import { defineTexts, useTexts } from '../i18n/texts';

const texts = defineTexts(
  {
    heading: 'Жаңы вакансиялар тууралуу кабарлоо',
    intro: 'Ушул издөөгө туура келген жаңы вакансиялар жарыялананда кабар алыңыз.',
    frequency: 'Канча жолу',
    IMMEDIATELY: 'Дароо',
    DAILY: 'Күнүнө бир жолу (09:00)',
    save: 'Издөөнү сактоо',
    saved: 'Издөө сакталды. Кабарлар «Билдирмелер», e-mail жана Telegram аркылуу келет.',
  },
  {
    heading: 'Уведомлять о новых вакансиях',
    intro: 'Получайте уведомление, когда публикуется новая вакансия, подходящая под этот поиск.',
    frequency: 'Как часто',
    IMMEDIATELY: 'Сразу',
    DAILY: 'Раз в день (09:00)',
    save: 'Сохранить поиск',
    saved: 'Поиск сохранён. Уведомления придут в «Уведомления», на e-mail и в Telegram.',
  },
  {
    heading: 'Alert me to new vacancies',
    intro: 'Be told when a new vacancy matching this search is published.',
    frequency: 'How often',
    IMMEDIATELY: 'At once',
    DAILY: 'Once a day (09:00)',
    save: 'Save the search',
    saved: 'The search is saved. Alerts come to «Notifications», by e-mail and on Telegram.',
  },
);

export const saveVacancySearchMutation = /* GraphQL */ `
  mutation SaveVacancySearch($filter: VacancyFilterInput!, $frequency: AlertFrequency!) {
    saveVacancySearch(filter: $filter, frequency: $frequency) { id }
  }
`;

/** Signed-in citizens keep the current search for alerts about vacancies published from now on (at most 10). */
export function SaveSearchPanel({ filter }: { filter: VacancyFilterInput }) {
  const t = useTexts(texts);
  const { user } = useAuth();
  const [frequency, setFrequency] = useState<AlertFrequency>('DAILY');
  const save = useMutation<SaveVacancySearchMutation, SaveVacancySearchMutationVariables>(saveVacancySearchMutation);
  if (!user) return null;
  return (
    <section className="save-search" aria-labelledby="save-search-heading">
      <h2 id="save-search-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <div className="save-search__row">
        <label>
          <span>{t('frequency')} </span>
          <select value={frequency} onChange={e => setFrequency(e.target.value as AlertFrequency)}>
            <option value="IMMEDIATELY">{t('IMMEDIATELY')}</option>
            <option value="DAILY">{t('DAILY')}</option>
          </select>
        </label>
        <button type="button" className="button button--secondary button--small" disabled={save.state.status === 'saving'} onClick={() => void save.run({ filter, frequency })}>
          {t('save')}
        </button>
      </div>
      <FormStatus state={save.state} savedText={t('saved')} />
    </section>
  );
}
