import { useState } from 'react';
import type { CandidateTaskQuery, CandidateTaskQueryVariables, CandidateTasksQuery, ClaimTaskMutation, ClaimTaskMutationVariables } from '../api/generated';
import { useGraphQL, useQuery } from '../api/useQuery';
import { CamundaTaskForm } from '../hr/CamundaTaskForm';
import { messageOf } from '../hr/errors';
import { flashOn, takeFlash } from '../hr/flash';
import { isMine } from '../hr/reviewer';
import { claimTaskMutation } from '../hr/taskOperations';
import { useReviewer } from '../hr/useReviewer';
import { useI18n } from '../i18n/I18n';
import { useTexts } from '../i18n/texts';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { LoadError, Loading } from '../pages/Status';
import { Link, navigate } from '../routing/router';
import { candidateTaskQuery, candidateTasksQuery } from './candidateOperations';
import { candidateTexts } from './candidateTexts';
import '../hr/hr.css';

const listPath = '/tasks';

/**
 * «Менин тапшырмаларым» (/tasks, /tasks/{id}): the tasks a diagram offers a citizen by PIN (decision 0106), each worked with
 * its Camunda form. The application is named by number and vacancy only: its signed data stays with the HR scope.
 */
export default function CandidateTasks({ id }: { id?: string }) {
  return id ? <CandidateTask key={id} id={id} /> : <CandidateTaskList />;
}

function CandidateTaskList() {
  const t = useTexts(candidateTexts);
  const { format } = useI18n();
  const [flash] = useState(() => takeFlash(listPath));
  const state = useQuery<CandidateTasksQuery, Record<string, never>>(candidateTasksQuery, {});
  useDocumentTitle(t('heading'));
  return (
    <section className="page" aria-labelledby="candidate-tasks-heading">
      <h1 id="candidate-tasks-heading">{t('heading')}</h1>
      {flash && <p className="hr-flash" role="status">{flash}</p>}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError retry={state.retry} />}
      {state.status === 'done' && state.data.hrTasks.nodes.length === 0 && <p>{t('none')}</p>}
      {state.status === 'done' && state.data.hrTasks.nodes.length > 0 && (
        <ul className="hr-list">
          {state.data.hrTasks.nodes.map(task => (
            <li key={task.id}>
              <article className="hr-card" aria-labelledby={`candidate-task-${task.id}`} data-application={task.application.number}>
                <h2 id={`candidate-task-${task.id}`}>{task.name}</h2>
                <dl className="facts">
                  <div><dt>{t('application')}</dt><dd>{task.application.number}</dd></div>
                  <div><dt>{t('vacancy')}</dt><dd>{task.application.vacancy.code} — {task.application.vacancy.title.text}</dd></div>
                  <div><dt>{t('due')}</dt><dd>{task.dueAt ? format.dateTime(task.dueAt) : t('noDue')}</dd></div>
                </dl>
                <Link href={`${listPath}/${task.id}`} className="button button--small button--secondary" aria-describedby={`candidate-task-${task.id}`}>{t('open')}</Link>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CandidateTask({ id }: { id: string }) {
  const t = useTexts(candidateTexts);
  const { format } = useI18n();
  const request = useGraphQL();
  const me = useReviewer() ?? null;
  const state = useQuery<CandidateTaskQuery, CandidateTaskQueryVariables>(candidateTaskQuery, { id });
  const [claimedBy, setClaimedBy] = useState<string | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const task = state.status === 'done' ? state.data.hrTask : null;
  useDocumentTitle(task ? task.name : state.status === 'done' ? t('notFound') : null);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={state.retry} />;
  const back = <p className="back"><Link href={listPath}>← {t('back')}</Link></p>;
  if (!task) {
    return <section className="page" aria-labelledby="candidate-task-heading">{back}<h1 id="candidate-task-heading">{t('notFound')}</h1></section>;
  }

  const holder = claimedBy === undefined ? task.claimedBy : claimedBy;
  const claim = async () => {
    setProblem(null);
    try {
      await request<ClaimTaskMutation, ClaimTaskMutationVariables>(claimTaskMutation, { taskId: task.id });
      setClaimedBy(me?.id ?? null);
    } catch (error) {
      setProblem(messageOf(error, t('claimFailed')));
    }
  };
  const completed = () => {
    flashOn(listPath, t('done', { step: task.name, number: task.application.number }));
    navigate(listPath);
  };

  return (
    <article className="page hr-task" aria-labelledby="candidate-task-heading">
      {back}
      <h1 id="candidate-task-heading">{task.name}</h1>
      <div className="hr-card">
        <dl className="facts">
          <div><dt>{t('application')}</dt><dd>{task.application.number}</dd></div>
          <div><dt>{t('vacancy')}</dt><dd>{task.application.vacancy.code} — {task.application.vacancy.title.text}</dd></div>
          <div><dt>{t('due')}</dt><dd>{task.dueAt ? format.dateTime(task.dueAt) : t('noDue')}</dd></div>
        </dl>
        {isMine(holder, me) && <p>{t('claimed')}</p>}
        {!holder && <button type="button" className="button button--small" onClick={() => void claim()}>{t('claim')}</button>}
        {problem && <p className="hr-error" role="alert">{problem}</p>}
      </div>
      {!task.form && <p className="notice">{t('noForm')}</p>}
      {task.form && (
        <CamundaTaskForm taskId={task.id} schemaJson={task.form.schema} dataJson={task.form.data} onCompleted={completed} />
      )}
    </article>
  );
}
