import type { AdminWorkflowDefinitionsQuery } from '../../api/generated';
import { useQuery } from '../../api/useQuery';
import { useI18n } from '../../i18n/I18n';
import { useTexts } from '../../i18n/texts';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { LoadError, Loading } from '../../pages/Status';
import { Link } from '../../routing/router';
import { adminPaths } from '../adminRoute';
import { instanceListQuery } from '../instances/instanceFilter';
import { designerTexts } from './designerTexts';
import { workflowDefinitionsQuery } from './workflowOperations';

type Definition = AdminWorkflowDefinitionsQuery['workflowDefinitions'][number];

/** The newest version of each process, in the order the server lists them. */
export function latestVersions(definitions: Definition[]): Definition[] {
  const latest = new Map<string, Definition>();
  for (const definition of definitions) {
    const known = latest.get(definition.key);
    if (!known || definition.version > known.version) latest.set(definition.key, definition);
  }
  return [...latest.values()];
}

export function WorkflowListPage() {
  const t = useTexts(designerTexts);
  const { format } = useI18n();
  useDocumentTitle(t('listTitle'));
  const state = useQuery<AdminWorkflowDefinitionsQuery, Record<string, never>>(workflowDefinitionsQuery, {});
  return (
    <section className="page" aria-labelledby="workflows-heading">
      <h1 id="workflows-heading">{t('listTitle')}</h1>
      <p>{t('listIntro')}</p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError retry={state.retry} />}
      {state.status === 'done' && state.data.workflowDefinitions.length === 0 && <p>{t('noProcesses')}</p>}
      {state.status === 'done' && (
        <ul className="admin-list">
          {latestVersions(state.data.workflowDefinitions).map(definition => (
            <li key={definition.key} className="admin-list__item">
              <h2 className="admin-list__title">
                <Link href={adminPaths.designer(definition.key)}>{definition.name || definition.key}</Link>
              </h2>
              <p className="admin-code">{definition.key}</p>
              <p>
                {t('latestVersion', { version: definition.version })}
                {' · '}
                {t('deployedAt', { date: format.dateTime(definition.deployedAt) })}
              </p>
              <p>
                <Link href={adminPaths.instances(instanceListQuery({ definitionKey: definition.key }))}>{t('instancesOfProcess')}</Link>
                {' · '}
                <Link href={adminPaths.instances(instanceListQuery({ definitionKey: definition.key, isTestRun: true }))}>{t('testRunsOfProcess')}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
