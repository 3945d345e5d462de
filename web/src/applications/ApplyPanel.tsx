import { useState } from 'react';
import type {
  ActiveApplicationsQuery,
  AddFavouriteMutation,
  AddFavouriteMutationVariables,
  ApplyForVacancyMutation,
  ApplyForVacancyMutationVariables,
  RemoveFavouriteVacancyMutation,
  RemoveFavouriteVacancyMutationVariables,
} from '../api/generated';
import { useQuery } from '../api/useQuery';
import { useAuth } from '../auth/Auth';
import { FormStatus } from '../forms/FormStatus';
import { useMutation } from '../forms/useMutation';
import { useI18n } from '../i18n/I18n';
import { defineTexts, useTexts } from '../i18n/texts';
import { applicationPath, cabinetPath, Link, navigate, vacancyPath } from '../routing/router';
import { activeApplicationsQuery, addFavouriteMutation, applyForVacancyMutation, removeFavouriteVacancyMutation } from './operations';

const texts = defineTexts(
  {
    already: 'Сиз бул вакансияга арыз бергенсиз.',
    openIt: 'Арызды ачуу',
    fillProfile: 'Профилди толтуруу',
    favourite: 'Тандалгандарга кошуу',
    unfavourite: 'Тандалгандардан алып салуу',
    favouriteSaved: 'Тандалган вакансияларга кошулду.',
    favouriteRemoved: 'Тандалгандардан алынды.',
  },
  {
    already: 'Вы уже подали заявление на эту вакансию.',
    openIt: 'Открыть заявление',
    fillProfile: 'Заполнить профиль',
    favourite: 'В избранное',
    unfavourite: 'Убрать из избранного',
    favouriteSaved: 'Добавлено в избранные вакансии.',
    favouriteRemoved: 'Убрано из избранного.',
  },
  {
    already: 'You have already applied for this vacancy.',
    openIt: 'Open the application',
    fillProfile: 'Fill in the profile',
    favourite: 'Save to favourites',
    unfavourite: 'Remove from favourites',
    favouriteSaved: 'Saved to your favourite vacancies.',
    favouriteRemoved: 'Removed from favourites.',
  },
);

const finished = new Set(['WITHDRAWN', 'REFUSED', 'CANCELLED']);

/** «Арыз тапшыруу» on a vacancy: starts the application (or opens the one already started), and the favourite switch. */
export function ApplyPanel({ vacancy }: { vacancy: { id: string; code: string; isOpen: boolean } }) {
  const { t } = useI18n();
  const { ready, user, signIn } = useAuth();
  if (!user) {
    return (
      <div className="apply">
        {vacancy.isOpen ? (
          <>
            <button type="button" className="button button--primary" disabled={!ready} onClick={() => void signIn(vacancyPath(vacancy.code))}>
              {t('apply')}
            </button>
            <p className="hint">{t('applyNeedsSignIn')}</p>
          </>
        ) : (
          <p className="notice">{t('applicationsClosed')}</p>
        )}
      </div>
    );
  }
  return <SignedInApplyPanel vacancy={vacancy} />;
}

function SignedInApplyPanel({ vacancy }: { vacancy: { id: string; code: string; isOpen: boolean } }) {
  const { t } = useI18n();
  const own = useTexts(texts);
  const mine = useQuery<ActiveApplicationsQuery, Record<string, never>>(activeApplicationsQuery, {});
  const apply = useMutation<ApplyForVacancyMutation, ApplyForVacancyMutationVariables>(applyForVacancyMutation);
  const add = useMutation<AddFavouriteMutation, AddFavouriteMutationVariables>(addFavouriteMutation);
  const remove = useMutation<RemoveFavouriteVacancyMutation, RemoveFavouriteVacancyMutationVariables>(removeFavouriteVacancyMutation);
  const [favouriteNote, setFavouriteNote] = useState('');

  const me = mine.status === 'done' ? mine.data.me : null;
  const existing = me?.applications.find(a => a.vacancy.id === vacancy.id && !finished.has(a.status));
  const isFavourite = me?.favouriteVacancies.some(v => v.id === vacancy.id) ?? false;

  const start = async () => {
    const data = await apply.run({ vacancyId: vacancy.id });
    if (data) navigate(applicationPath(data.applyForVacancy.id));
    else if (mine.status === 'done') mine.refresh();
  };

  const toggleFavourite = async () => {
    const done = isFavourite ? await remove.run({ vacancyId: vacancy.id }) : await add.run({ vacancyId: vacancy.id });
    if (done !== undefined && mine.status === 'done') {
      setFavouriteNote(isFavourite ? own('favouriteRemoved') : own('favouriteSaved'));
      mine.refresh();
    }
  };

  const failed = apply.state.status === 'failed' ? apply.state : null;
  return (
    <div className="apply">
      {existing ? (
        <>
          <p className="notice">{own('already')}</p>
          <Link href={applicationPath(existing.id)} className="button button--primary">{own('openIt')}</Link>
        </>
      ) : vacancy.isOpen ? (
        <button type="button" className="button button--primary" disabled={apply.state.status === 'saving' || !me} onClick={() => void start()}>
          {t('apply')}
        </button>
      ) : (
        <p className="notice">{t('applicationsClosed')}</p>
      )}
      {failed && (
        <div role="alert" className="form-status--error">
          <p>{failed.message}</p>
          {failed.code === 'PROFILE_INCOMPLETE' && <p><Link href={cabinetPath('basic')}>{own('fillProfile')}</Link></p>}
        </div>
      )}
      {me && (
        <p>
          <button type="button" className="button button--secondary button--small" aria-pressed={isFavourite} onClick={() => void toggleFavourite()}>
            {isFavourite ? `★ ${own('unfavourite')}` : `☆ ${own('favourite')}`}
          </button>
        </p>
      )}
      <p role="status" className="form-status">{favouriteNote}</p>
      {(add.state.status === 'failed' || remove.state.status === 'failed') && <FormStatus state={add.state.status === 'failed' ? add.state : remove.state} />}
    </div>
  );
}
