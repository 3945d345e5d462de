import type { MyFavouritesQuery, RemoveFavouriteMutation, RemoveFavouriteMutationVariables } from '../api/generated';
import { useQuery } from '../api/useQuery';
import { FormStatus } from '../forms/FormStatus';
import { useMutation } from '../forms/useMutation';
import { useI18n } from '../i18n/I18n';
import { defineTexts, useTexts } from '../i18n/texts';
import { LoadError, Loading } from '../pages/Status';
import { Link, vacancyPath } from '../routing/router';
import { favouritesQuery, removeFavouriteMutation } from './operations';
import { cabinetTexts } from './texts';

const texts = defineTexts(
  { remove: 'Тандалгандардан алып салуу', closed: 'Арыз кабыл алуу аяктады', until: '{date} чейин', hint: 'Вакансиянын барагындагы «Тандалгандарга кошуу» баскычы менен кошулат.' },
  { remove: 'Убрать из избранного', closed: 'Приём заявлений завершён', until: 'до {date}', hint: 'Добавляются кнопкой «В избранное» на странице вакансии.' },
  { remove: 'Remove from favourites', closed: 'Applications closed', until: 'until {date}', hint: 'Add them with «Save to favourites» on a vacancy’s page.' },
);

/** «Тандалган вакансиялар»: saved vacancies, most recent first; the portal reminds of their deadlines. */
export default function FavouritesSection() {
  const t = useTexts(texts);
  const c = useTexts(cabinetTexts);
  const { format } = useI18n();
  const state = useQuery<MyFavouritesQuery, Record<string, never>>(favouritesQuery, {});
  const remove = useMutation<RemoveFavouriteMutation, RemoveFavouriteMutationVariables>(removeFavouriteMutation);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={state.retry} />;
  const vacancies = state.data.me.favouriteVacancies;
  return (
    <>
      {vacancies.length === 0 ? <><p>{c('none')}</p><p className="hint">{t('hint')}</p></> : (
        <ul className="records">
          {vacancies.map(v => (
            <li key={v.id} className="record">
              <h2 className="record__title"><Link href={vacancyPath(v.code)}>{v.title.text}</Link></h2>
              <p className="record__meta">
                {v.stateBody.shortName.text} · {format.salary(v.salaryMin, v.salaryMax)} · {v.isOpen ? t('until', { date: format.dateTime(v.deadline) }) : t('closed')}
              </p>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={async () => { if (await remove.run({ vacancyId: v.id })) state.refresh(); }}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormStatus state={remove.state} />
    </>
  );
}
