import { useEffect, useState } from 'react';
import type { ClaimTaskMutation, ClaimTaskMutationVariables, HrApplicationQuery, HrApplicationQueryVariables } from '../api/generated';
import { useGraphQL } from '../api/useQuery';
import { useI18n } from '../i18n/I18n';
import { fill } from '../i18n/messages';
import { useTexts } from '../i18n/texts';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { Link, navigate } from '../routing/router';
import { LoadError, Loading } from '../pages/Status';
import { ApplicationSnapshotView } from './ApplicationSnapshotView';
import { ApplicationTimeline } from './ApplicationTimeline';
import { CamundaTaskForm } from './CamundaTaskForm';
import { DecisionForm } from './DecisionForm';
import { messageOf } from './errors';
import { findTask, type FoundTask } from './findTask';
import { flashOn } from './flash';
import { OverdueBadge } from './OverdueBadge';
import { SignedDocument } from './SignedDocument';
import { claimTaskMutation, hrApplicationQuery, unclaimTaskMutation } from './taskOperations';
import { taskListFlash } from './TaskListPage';
import { formOfStage, stepName } from './taskStage';
import { taskTexts } from './taskTexts';
import { isMine } from './reviewer';
import { useReviewer } from './useReviewer';

export type TaskApplication = HrApplicationQuery['application'];

type State =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'missing' }
  | { status: 'done'; task: FoundTask; application: TaskApplication };

/** One task: the application as signed, its PDF and history, and the decision form of the task's stage. */
export function TaskPage({ taskId }: { taskId: string }) {
  const t = useTexts(taskTexts);
  const { format } = useI18n();
  const request = useGraphQL();
  const reviewer = useReviewer() ?? null;
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [claiming, setClaiming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setState(previous => (previous.status === 'done' ? previous : { status: 'loading' }));
    (async () => {
      const task = await findTask(request, taskId, controller.signal);
      if (!task) return setState({ status: 'missing' });
      const data = await request<HrApplicationQuery, HrApplicationQueryVariables>(hrApplicationQuery, { id: task.application.id }, controller.signal);
      setState({ status: 'done', task, application: data.application });
    })().catch((error: unknown) => !controller.signal.aborted && setState({ status: 'error', error }));
    return () => controller.abort();
  }, [request, taskId, attempt]);

  const done = state.status === 'done' ? state : null;
  const applicantName = done?.application.snapshot?.applicantName ?? done?.application.number ?? '';
  // A step an administrator added is named by its task's name (the built-in steps by their stage).
  const heading = done ? `${stepName(done.task.stage, done.task.name, t)}: ${applicantName}` : state.status === 'missing' ? t('taskNotFound') : null;
  useDocumentTitle(heading);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={() => setAttempt(a => a + 1)} />;
  if (state.status === 'missing') {
    return (
      <section aria-labelledby="hr-task-heading">
        <p className="back"><Link href="/hr">← {t('backToTasks')}</Link></p>
        <h1 id="hr-task-heading">{t('taskNotFound')}</h1>
        <p>{t('taskNotFoundHint')}</p>
      </section>
    );
  }

  const { task, application } = state;
  const mine = isMine(task.claimedBy, reviewer);
  const form = formOfStage(task.stage);

  const claim = async (take: boolean) => {
    setClaiming(true);
    setProblem(null);
    try {
      await request<ClaimTaskMutation, ClaimTaskMutationVariables>(take ? claimTaskMutation : unclaimTaskMutation, { taskId: task.id });
      setState({ status: 'done', application, task: { ...task, claimedBy: take ? reviewer?.id ?? null : null } });
    } catch (error) {
      setProblem(messageOf(error, t('actionFailed')));
    } finally {
      setClaiming(false);
    }
  };

  const completed = () => {
    flashOn(taskListFlash, fill(t('completed'), { number: application.number }));
    navigate('/hr');
  };

  const formCompleted = () => {
    flashOn(taskListFlash, fill(t('formCompleted'), { step: task.name, number: application.number }));
    navigate('/hr');
  };

  return (
    <article className="hr-task" aria-labelledby="hr-task-heading">
      <p className="back"><Link href="/hr">← {t('backToTasks')}</Link></p>
      <h1 id="hr-task-heading">{heading}</h1>
      <div className="hr-card">
        {task.isOverdue && <p><OverdueBadge /></p>}
        <dl className="facts">
          <div><dt>{t('applicationNumber')}</dt><dd>{application.number}</dd></div>
          <div><dt>{t('due')}</dt><dd>{task.dueAt ? format.dateTime(task.dueAt) : t('noDue')}</dd></div>
          <div><dt>{t('received')}</dt><dd>{format.dateTime(task.createdAt)}</dd></div>
          <div><dt>{t('claimState')}</dt><dd>{mine ? t('claimedByMe') : task.claimedBy ? t('claimedByOther') : t('unclaimed')}</dd></div>
        </dl>
        <div className="hr-card__actions">
          {!task.claimedBy && <button type="button" className="button button--small" disabled={claiming} onClick={() => void claim(true)}>{t('claim')}</button>}
          {mine && <button type="button" className="button button--small button--secondary" disabled={claiming} onClick={() => void claim(false)}>{t('unclaim')}</button>}
        </div>
        {problem && <p className="hr-error" role="alert">{problem}</p>}
      </div>

      <ApplicationSnapshotView application={application} />
      <SignedDocument application={application} />
      <ApplicationTimeline timeline={application.timeline} />

      <section aria-labelledby="hr-decision-heading" className="hr-section">
        <h2 id="hr-decision-heading">{t('decision')}</h2>
        {task.claimedBy && !mine ? (
          <p className="notice">{t('claimedByOtherNotice')}</p>
        ) : task.form ? (
          <CamundaTaskForm taskId={task.id} schemaJson={task.form.schema} dataJson={task.form.data} onCompleted={formCompleted} />
        ) : form ? (
          <DecisionForm form={form} taskId={task.id} onCompleted={completed} />
        ) : (
          <p className="notice">{t('unknownStageNotice')}</p>
        )}
      </section>
    </article>
  );
}
