import type { DeleteSavedSearchMutation, DeleteSavedSearchMutationVariables, MySavedSearchesQuery } from '../api/generated';
import { useQuery } from '../api/useQuery';
import { FormStatus } from '../forms/FormStatus';
import { useMutation } from '../forms/useMutation';
import { useI18n } from '../i18n/I18n';
import { defineTexts, useTexts } from '../i18n/texts';
import { LoadError, Loading } from '../pages/Status';
import { Link } from '../routing/router';

const texts = defineTexts(
  {
    heading: 'Сакталган издөөлөр',
    none: 'Сакталган издөө жок. «Вакансиялар» барагында издөөнү сактасаңыз, жаңы вакансиялар тууралуу кабар аласыз.',
    words: '«{text}»',
    any: 'Бардык жаңы вакансиялар',
    salary: '{amount} сомдон',
    filters: '{count} шарт',
    IMMEDIATELY: 'дароо',
    DAILY: 'күнүнө бир жолу',
    remove: 'Өчүрүү',
    removed: 'Издөө өчүрүлдү.',
  },
  {
    heading: 'Сохранённые поиски',
    none: 'Сохранённых поисков нет. Сохраните поиск на странице «Вакансии», чтобы получать уведомления о новых вакансиях.',
    words: '«{text}»',
    any: 'Все новые вакансии',
    salary: 'от {amount} сом',
    filters: 'условий: {count}',
    IMMEDIATELY: 'сразу',
    DAILY: 'раз в день',
    remove: 'Удалить',
    removed: 'Поиск удалён.',
  },
  {
    heading: 'Saved searches',
    none: 'No saved searches. Save a search on the «Vacancies» page to be told about new vacancies.',
    words: '“{text}”',
    any: 'All new vacancies',
    salary: 'from {amount} soms',
    filters: 'conditions: {count}',
    IMMEDIATELY: 'at once',
    DAILY: 'once a day',
    remove: 'Remove',
    removed: 'The search was removed.',
  },
);

export const mySavedSearchesQuery = /* GraphQL */ `
  query MySavedSearches { me { id savedSearches { id frequency text stateBodyIds regionCodes groups salaryFrom } } }
`;

export const deleteSavedSearchMutation = /* GraphQL */ `
  mutation DeleteSavedSearch($id: ID!) { deleteSavedSearch(id: $id) }
`;

/** The searches kept for vacancy alerts, each with how often it alerts; removable. */
export function SavedSearches() {
  const t = useTexts(texts);
  const { t: common, format } = useI18n();
  const state = useQuery<MySavedSearchesQuery, Record<string, never>>(mySavedSearchesQuery, {});
  const remove = useMutation<DeleteSavedSearchMutation, DeleteSavedSearchMutationVariables>(deleteSavedSearchMutation);
  return (
    <section aria-labelledby="saved-searches-heading">
      <h2 id="saved-searches-heading">{t('heading')}</h2>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError retry={state.retry} />}
      {state.status === 'done' && state.data.me.savedSearches.length === 0 && <p>{t('none')} <Link href="/">{common('vacancies')}</Link></p>}
      {state.status === 'done' && state.data.me.savedSearches.length > 0 && (
        <ul className="records">
          {state.data.me.savedSearches.map(s => {
            const parts = [
              s.text ? t('words', { text: s.text }) : null,
              ...s.groups.map(g => common(`group${g}`)),
              s.salaryFrom ? t('salary', { amount: format.number(s.salaryFrom) }) : null,
              s.stateBodyIds.length + s.regionCodes.length > 0 ? t('filters', { count: s.stateBodyIds.length + s.regionCodes.length }) : null,
            ].filter(Boolean);
            return (
              <li key={s.id} className="record">
                <p className="record__title">{parts.length > 0 ? parts.join(' · ') : t('any')} — {t(s.frequency)}</p>
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={async () => { if (await remove.run({ id: s.id })) state.refresh(); }}
                >
                  {t('remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <FormStatus state={remove.state} savedText={t('removed')} />
    </section>
  );
}
