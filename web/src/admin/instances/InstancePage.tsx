import { useMemo, useState } from 'react';
import type {
  AdminCancelInstanceMutation, AdminCancelInstanceMutationVariables, AdminInstanceDiagramQuery, AdminInstanceDiagramQueryVariables,
  AdminRetryIncidentMutation, AdminRetryIncidentMutationVariables, AdminWorkflowInstanceQuery, AdminWorkflowInstanceQueryVariables,
} from '../../api/generated';
import { useGraphQL, useQuery } from '../../api/useQuery';
import { useI18n } from '../../i18n/I18n';
import { useTexts } from '../../i18n/texts';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { LoadError, Loading } from '../../pages/Status';
import { Link } from '../../routing/router';
import { adminPaths } from '../adminRoute';
import { errorMessage } from '../adminErrors';
import type { Decoration } from '../diagram/decorations';
import { DiagramViewer } from '../diagram/DiagramViewer';
import { countElements } from './elementCounts';
import { cancelInstanceMutation, instanceDiagramQuery, retryIncidentMutation, workflowInstanceQuery } from './instanceOperations';
import { InstanceHistory } from './InstanceHistory';
import { monitorTexts } from './monitorTexts';

type Instance = NonNullable<AdminWorkflowInstanceQuery['workflowInstance']>;

/** /admin/instances/<id>: one instance — its diagram with where it is, incidents to retry, cancelling, history. */
export default function InstancePage({ id }: { id: string }) {
  const t = useTexts(monitorTexts);
  useDocumentTitle(t('instanceTitle'));
  const state = useQuery<AdminWorkflowInstanceQuery, AdminWorkflowInstanceQueryVariables>(workflowInstanceQuery, { id });
  return (
    <section className="page" aria-labelledby="instance-heading">
      <p className="back"><Link href={adminPaths.instances()}>{t('backToList')}</Link></p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError retry={state.retry} />}
      {state.status === 'done' && !state.data.workflowInstance && <h1 id="instance-heading">{t('notFound')}</h1>}
      {state.status === 'done' && state.data.workflowInstance && (
        <InstanceDetails instance={state.data.workflowInstance} refresh={state.refresh} />
      )}
    </section>
  );
}

function InstanceDetails({ instance, refresh }: { instance: Instance; refresh(): void }) {
  const t = useTexts(monitorTexts);
  const { format } = useI18n();
  const request = useGraphQL();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const act = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      setMessage({ text: done, error: false });
      refresh();
    } catch (error) {
      setMessage({ text: t('actionFailed', { message: errorMessage(error) }), error: true });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  const retry = (incidentId: string) => act(
    () => request<AdminRetryIncidentMutation, AdminRetryIncidentMutationVariables>(retryIncidentMutation, { incidentId }), t('retried'));
  const cancel = () => act(
    () => request<AdminCancelInstanceMutation, AdminCancelInstanceMutationVariables>(cancelInstanceMutation, { id: instance.id }), t('cancelled'));

  return (
    <>
      <h1 id="instance-heading">
        {t('instanceTitle')}: {instance.businessKey || instance.id}
        {instance.isTestRun && <>{' '}<span className="admin-badge admin-badge--test">{t('testRunBadge')}</span></>}
      </h1>
      {instance.isTestRun && <p className="notice">{t('testRunNote')}</p>}
      <dl className="admin-facts admin-facts--large">
        <div>
          <dt>{t('definition')}</dt>
          <dd><Link href={adminPaths.version(instance.definitionKey, instance.definitionVersion)}>{instance.definitionId}</Link></dd>
        </div>
        <div><dt>{t('state')}</dt><dd><span className={`admin-state admin-state--${instance.state.toLowerCase()}`}>{t(`state${instance.state}`)}</span></dd></div>
        <div><dt>{t('started')}</dt><dd>{format.dateTime(instance.startedAt)}</dd></div>
        {instance.endedAt && <div><dt>{t('ended')}</dt><dd>{format.dateTime(instance.endedAt)}</dd></div>}
        <div><dt>{t('openIncidents')}</dt><dd>{instance.openIncidentCount}</dd></div>
        <div className="admin-facts__wide"><dt>ID</dt><dd className="admin-code">{instance.id}</dd></div>
      </dl>

      <div role="status" aria-live="polite" className={message?.error ? 'status status--error' : 'admin-message'}>{message?.text}</div>

      {instance.state === 'ACTIVE' && (
        <div className="admin-toolbar">
          {!confirming && (
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirming(true)}>{t('cancel')}</button>
          )}
          {confirming && (
            <div className="admin-confirm" role="group" aria-labelledby="cancel-question">
              <p id="cancel-question">{t('cancelQuestion')}</p>
              <button type="button" className="button" disabled={busy} onClick={() => void cancel()}>{t('cancelConfirm')}</button>
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirming(false)} autoFocus>{t('cancelKeep')}</button>
            </div>
          )}
        </div>
      )}

      <InstanceDiagram instance={instance} />

      <section aria-labelledby="incidents-heading">
        <h2 id="incidents-heading">{t('incidents')}</h2>
        {instance.incidents.length === 0 && <p>{t('noIncidents')}</p>}
        <ul className="admin-list">
          {instance.incidents.map(incident => (
            <li key={incident.id} className="admin-list__item">
              <p>
                <strong>{incident.code}</strong> · {incident.elementId} · {incident.state === 'OPEN' ? t('incidentOpen') : t('incidentResolved')}
                {' · '}{format.dateTime(incident.createdAt)}
              </p>
              {incident.calledFrom && (
                <p>
                  {t('inCalledInstance', { element: incident.calledFrom })}{' '}
                  <Link href={adminPaths.instance(incident.instanceId)}>{t('openCalledInstance')}</Link>
                </p>
              )}
              <p>{incident.message}</p>
              {incident.state === 'OPEN' && (
                <button type="button" className="button button--small" disabled={busy} onClick={() => void retry(incident.id)}>{t('retry')}</button>
              )}
            </li>
          ))}
        </ul>
      </section>

      <InstanceHistory history={instance.history} />

      <section aria-labelledby="variables-heading">
        <h2 id="variables-heading">{t('variables')}</h2>
        <pre className="admin-json" tabIndex={0}>{prettyJson(instance.variables)}</pre>
      </section>
    </>
  );
}

function prettyJson(text: string) {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function InstanceDiagram({ instance }: { instance: Instance }) {
  const t = useTexts(monitorTexts);
  const diagram = useQuery<AdminInstanceDiagramQuery, AdminInstanceDiagramQueryVariables>(
    instanceDiagramQuery, { key: instance.definitionKey, version: instance.definitionVersion });
  const decorations = useMemo<Decoration[]>(() => countElements(instance).flatMap(count => {
    const marks: Decoration[] = [];
    const element = count.elementId;
    if (count.completed > 0) {
      marks.push({ elementId: element, tone: 'completed', badge: String(count.completed), title: t('completedAt', { element, count: count.completed }) });
    }
    if (count.active > 0) marks.push({ elementId: element, tone: 'active', badge: String(count.active), title: t('activeAt', { element, count: count.active }) });
    if (count.incidents > 0) marks.push({ elementId: element, tone: 'incident', badge: '!', title: t('incidentAt', { element, count: count.incidents }) });
    return marks;
  }), [instance, t]);

  return (
    <section aria-labelledby="diagram-heading">
      <h2 id="diagram-heading">{t('diagram')}</h2>
      <ul className="admin-legend">
        <li><span className="kz-badge kz-badge--active" aria-hidden="true">1</span> {t('legendActive')}</li>
        <li><span className="kz-badge kz-badge--completed" aria-hidden="true">1</span> {t('legendCompleted')}</li>
        <li><span className="kz-badge kz-badge--incident" aria-hidden="true">!</span> {t('legendIncident')}</li>
      </ul>
      {diagram.status === 'loading' && <Loading />}
      {diagram.status === 'error' && <LoadError retry={diagram.retry} />}
      {diagram.status === 'done' && diagram.data.workflowDefinition?.bpmnXml && (
        <DiagramViewer xml={diagram.data.workflowDefinition.bpmnXml} decorations={decorations} label={t('diagramLabel')} />
      )}
      <ul className="admin-counts">
        {countElements(instance).filter(c => c.active > 0 || c.incidents > 0).map(c => (
          <li key={c.elementId} data-element-id={c.elementId}>
            {c.active > 0 && t('activeAt', { element: c.elementId, count: c.active })}
            {c.active > 0 && c.incidents > 0 && ' · '}
            {c.incidents > 0 && t('incidentAt', { element: c.elementId, count: c.incidents })}
          </li>
        ))}
      </ul>
    </section>
  );
}
