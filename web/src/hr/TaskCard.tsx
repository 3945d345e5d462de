import { useState } from 'react';
import type { ClaimTaskMutation, ClaimTaskMutationVariables, HrTasksQuery } from '../api/generated';
import { useGraphQL } from '../api/useQuery';
import { useI18n } from '../i18n/I18n';
import { useTexts } from '../i18n/texts';
import { Link } from '../routing/router';
import { messageOf } from './errors';
import { AssignTask } from './AssignTask';
import { OverdueBadge } from './OverdueBadge';
import { claimTaskMutation, unclaimTaskMutation } from './taskOperations';
import { stepName } from './taskStage';
import { taskTexts } from './taskTexts';
import { isMine, type Reviewer } from './reviewer';

export type TaskNode = HrTasksQuery['hrTasks']['nodes'][number];

interface Props {
  task: TaskNode;
  reviewer: Reviewer | null;
  onClaimedBy(claimedBy: string | null): void;
}

/**
 * One task in the list: stage, applicant, vacancy, due and follow-up dates (overdue said in words), priority, who has it;
 * claim / give back, and for a lead reviewer give to a colleague or take back.
 */
export function TaskCard({ task, reviewer, onClaimedBy }: Props) {
  const t = useTexts(taskTexts);
  const { format } = useI18n();
  const request = useGraphQL();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const application = task.application;
  const mine = isMine(task.claimedBy, reviewer);
  const titleId = `hr-task-${task.id}`;

  const claim = async (take: boolean) => {
    setBusy(true);
    setProblem(null);
    try {
      await request<ClaimTaskMutation, ClaimTaskMutationVariables>(take ? claimTaskMutation : unclaimTaskMutation, { taskId: task.id });
      onClaimedBy(take ? reviewer?.id ?? null : null);
    } catch (error) {
      setProblem(messageOf(error, t('actionFailed')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className={`hr-card${task.isOverdue ? ' hr-card--overdue' : ''}`} aria-labelledby={titleId} data-application={application.number}>
      <div className="hr-card__head">
        <h2 className="hr-card__title" id={titleId}>
          <Link href={`/hr/tasks/${task.id}`}>{stepName(task.stage, task.name, t)}: {application.snapshot?.applicantName ?? application.number}</Link>
        </h2>
        {task.isOverdue && <OverdueBadge />}
      </div>
      <dl className="facts">
        <div><dt>{t('applicationNumber')}</dt><dd>{application.number}</dd></div>
        <div><dt>{t('filterVacancy')}</dt><dd>{application.vacancy.code} — {application.vacancy.title.text}</dd></div>
        <div><dt>{t('due')}</dt><dd>{task.dueAt ? format.dateTime(task.dueAt) : t('noDue')}</dd></div>
        {task.followUpAt && <div><dt>{t('followUp')}</dt><dd>{format.dateTime(task.followUpAt)}</dd></div>}
        <div><dt>{t('received')}</dt><dd>{format.dateTime(task.createdAt)}</dd></div>
        <div><dt>{t('priority')}</dt><dd>{format.number(task.priority)}</dd></div>
        <div>
          <dt>{t('claimState')}</dt>
          <dd>{mine ? t('claimedByMe') : task.claimedBy ? t('claimedByOther') : t('unclaimed')}</dd>
        </div>
      </dl>
      <div className="hr-card__actions">
        {!task.claimedBy && (
          <button type="button" className="button button--small" disabled={busy} aria-describedby={titleId} onClick={() => void claim(true)}>
            {t('claim')}
          </button>
        )}
        {task.claimedBy && (mine || task.canAssign) && (
          <button type="button" className="button button--small button--secondary" disabled={busy} aria-describedby={titleId} onClick={() => void claim(false)}>
            {mine ? t('unclaim') : t('takeBack')}
          </button>
        )}
        {task.canAssign && <AssignTask taskId={task.id} describedBy={titleId} onAssigned={onClaimedBy} />}
        <Link href={`/hr/tasks/${task.id}`} className="button button--small button--secondary" aria-describedby={titleId}>{t('openTask')}</Link>
      </div>
      {problem && <p className="hr-error" role="alert">{problem}</p>}
    </article>
  );
}
