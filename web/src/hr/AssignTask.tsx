import { useId, useState } from 'react';
import type { AssignTaskMutation, AssignTaskMutationVariables, TaskAssigneesQuery, TaskAssigneesQueryVariables } from '../api/generated';
import { useGraphQL } from '../api/useQuery';
import { useTexts } from '../i18n/texts';
import { messageOf } from './errors';
import { assignTaskMutation, taskAssigneesQuery } from './taskOperations';
import { taskTexts } from './taskTexts';

type Colleague = TaskAssigneesQuery['hrTaskAssignees'][number];

interface Props {
  taskId: string;
  describedBy: string;
  onAssigned(assigneeId: string): void;
}

/** A lead reviewer's «Кесиптешке берүү»: the colleagues who may act on the task are read when asked for, then one is chosen. */
export function AssignTask({ taskId, describedBy, onAssigned }: Props) {
  const t = useTexts(taskTexts);
  const request = useGraphQL();
  const selectId = useId();
  const [colleagues, setColleagues] = useState<Colleague[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(messageOf(error, t('actionFailed')));
    } finally {
      setBusy(false);
    }
  };

  const open = () => run(async () => {
    const data = await request<TaskAssigneesQuery, TaskAssigneesQueryVariables>(taskAssigneesQuery, { taskId });
    setColleagues(data.hrTaskAssignees);
  });

  const assign = () => run(async () => {
    await request<AssignTaskMutation, AssignTaskMutationVariables>(assignTaskMutation, { taskId, assigneeId: chosen });
    setColleagues(null);
    onAssigned(chosen);
  });

  return (
    <div className="hr-assign">
      {colleagues === null ? (
        <button type="button" className="button button--small button--secondary" disabled={busy} aria-describedby={describedBy} onClick={() => void open()}>
          {t('assignTo')}
        </button>
      ) : (
        <>
          <label htmlFor={selectId} className="visually-hidden">{t('chooseColleague')}</label>
          <select id={selectId} value={chosen} onChange={event => setChosen(event.target.value)}>
            <option value="">{t('chooseColleague')}</option>
            {colleagues.map(colleague => <option key={colleague.id} value={colleague.id}>{colleague.name}</option>)}
          </select>
          <button type="button" className="button button--small" disabled={busy || !chosen} aria-describedby={describedBy} onClick={() => void assign()}>
            {t('assign')}
          </button>
        </>
      )}
      {problem && <p className="hr-error" role="alert">{problem}</p>}
    </div>
  );
}
