import { useState } from 'react';
import type {
  CreateVacancyMutation, CreateVacancyMutationVariables, HrStateBodiesQuery, HrVacancyQuery, HrVacancyQueryVariables,
  UpdateVacancyMutation, UpdateVacancyMutationVariables, VacancyInput,
} from '../api/generated';
import { useGraphQL, useQuery } from '../api/useQuery';
import { useI18n } from '../i18n/I18n';
import { fill } from '../i18n/messages';
import { useTexts } from '../i18n/texts';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { Link, navigate, vacancyPath } from '../routing/router';
import { LoadError, Loading } from '../pages/Status';
import { flashOn, takeFlash } from './flash';
import { useReviewer } from './useReviewer';
import { VacancyActions } from './VacancyActions';
import { VacancyForm } from './VacancyForm';
import { emptyVacancyDraft, vacancyToDraft } from './vacancyForm';
import { createVacancyMutation, hrStateBodiesQuery, hrVacancyQuery, updateVacancyMutation } from './vacancyOperations';
import { vacancyTexts } from './vacancyTexts';

/** /hr/vacancies/new or /hr/vacancies/<id>. */
export function VacancyPage({ id }: { id: string }) {
  return id === 'new' ? <NewVacancy /> : <EditVacancy key={id} id={id} />;
}

function BackLink() {
  const t = useTexts(vacancyTexts);
  return <p className="back"><Link href="/hr/vacancies">← {t('backToVacancies')}</Link></p>;
}

function NewVacancy() {
  const t = useTexts(vacancyTexts);
  const request = useGraphQL();
  const reviewer = useReviewer();
  const bodies = useQuery<HrStateBodiesQuery, Record<string, never>>(hrStateBodiesQuery, {});
  const [chosenBody, setChosenBody] = useState<string | null>(null);
  useDocumentTitle(t('newHeading'));

  if (bodies.status === 'loading' || reviewer === undefined) return <Loading />;
  if (bodies.status === 'error') return <LoadError retry={bodies.retry} />;
  // A reviewer's bodies come with the sign-in; one without any (an administrator) may choose any body.
  const own = bodies.data.stateBodies.filter(body => reviewer?.bodyCodes.includes(body.code));
  const choices = own.length > 0 ? own : bodies.data.stateBodies;
  const body = choices.find(b => b.id === chosenBody) ?? choices[0];

  const save = async (input: VacancyInput) => {
    const data = await request<CreateVacancyMutation, CreateVacancyMutationVariables>(createVacancyMutation, { stateBodyId: body.id, input });
    flashOn(`vacancy:${data.createVacancy.id}`, fill(t('created'), { code: data.createVacancy.code }));
    navigate(`/hr/vacancies/${data.createVacancy.id}`);
  };

  return (
    <section aria-labelledby="hr-vacancy-heading">
      <BackLink />
      <h1 id="hr-vacancy-heading">{t('newHeading')}</h1>
      {choices.length > 1 ? (
        <div className="field hr-field">
          <label htmlFor="hr-vacancy-body">{t('stateBody')}</label>
          <select id="hr-vacancy-body" value={body?.id ?? ''} onChange={event => setChosenBody(event.target.value)}>
            {choices.map(b => <option key={b.id} value={b.id}>{b.name.text}</option>)}
          </select>
        </div>
      ) : body && (
        <p className="vacancy__body">{body.name.text}</p>
      )}
      {body && <VacancyForm key={body.id} initial={emptyVacancyDraft()} offices={body.offices} submitLabel={t('create')} save={save} />}
    </section>
  );
}

function EditVacancy({ id }: { id: string }) {
  const t = useTexts(vacancyTexts);
  const { format } = useI18n();
  const request = useGraphQL();
  const state = useQuery<HrVacancyQuery, HrVacancyQueryVariables>(hrVacancyQuery, { id });
  const [message, setMessage] = useState<string | null>(() => takeFlash(`vacancy:${id}`));
  const vacancy = state.status === 'done' ? state.data.vacancy : undefined;
  useDocumentTitle(vacancy ? fill(t('editHeading'), { code: vacancy.code }) : vacancy === null ? t('notFound') : null);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={state.retry} />;
  if (!vacancy) {
    return (
      <section aria-labelledby="hr-vacancy-heading">
        <BackLink />
        <h1 id="hr-vacancy-heading">{t('notFound')}</h1>
      </section>
    );
  }

  const done = (text: string) => {
    setMessage(text);
    state.refresh();
  };
  const save = async (input: VacancyInput) => {
    const data = await request<UpdateVacancyMutation, UpdateVacancyMutationVariables>(updateVacancyMutation, { id, input });
    const amendment = data.updateVacancy.amendment;
    done(amendment ? fill(t('amendmentSaved'), { date: format.dateTime(amendment.at) }) : t('saved'));
  };
  const editable = vacancy.status === 'DRAFT' || vacancy.status === 'PUBLISHED';

  return (
    <section aria-labelledby="hr-vacancy-heading">
      <BackLink />
      <h1 id="hr-vacancy-heading">{fill(t('editHeading'), { code: vacancy.code })}</h1>
      <p className="vacancy__body">{vacancy.title.text} · {vacancy.stateBody.name.text}</p>
      {message && <p className="hr-flash" role="status">{message}</p>}
      <dl className="facts facts--large">
        <div><dt>{t('status')}</dt><dd><span className={`hr-badge hr-badge--${vacancy.status.toLowerCase()}`}>{t(`status${vacancy.status}`)}</span></dd></div>
        {vacancy.cancellationReason && <div><dt>{t('cancellationReason')}</dt><dd>{vacancy.cancellationReason}</dd></div>}
      </dl>
      {vacancy.status !== 'DRAFT' && <p><Link href={vacancyPath(vacancy.code)}>{t('publicPage')}</Link></p>}
      <VacancyActions vacancyId={vacancy.id} status={vacancy.status} onDone={done} />
      {vacancy.amendments.length > 0 && (
        <section aria-labelledby="hr-amendments-heading" className="hr-section">
          <h2 id="hr-amendments-heading">{t('amendments')}</h2>
          <ol className="hr-timeline">
            {vacancy.amendments.map(amendment => (
              <li key={amendment.id}>
                <p className="hr-timeline__meta"><time dateTime={amendment.at}>{format.dateTime(amendment.at)}</time></p>
                <p className="hr-prewrap">{amendment.text.text}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {editable ? (
        <VacancyForm
          initial={vacancyToDraft(vacancy)}
          offices={vacancy.stateBody.offices}
          publishedDeadline={vacancy.status === 'PUBLISHED' ? vacancy.deadline : null}
          submitLabel={t('save')}
          save={save}
        />
      ) : (
        <p className="notice">{t('notEditable')}</p>
      )}
    </section>
  );
}
