import type { AdminWorkflowDefinitionQuery, AdminWorkflowDefinitionQueryVariables } from '../../api/generated';
import { useQuery } from '../../api/useQuery';
import { useI18n } from '../../i18n/I18n';
import { useTexts } from '../../i18n/texts';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { LoadError, Loading } from '../../pages/Status';
import { Link } from '../../routing/router';
import { adminPaths } from '../adminRoute';
import { DiagramViewer } from '../diagram/DiagramViewer';
import { designerTexts } from './designerTexts';
import { TestRunButton } from './TestRunButton';
import { workflowDefinitionQuery } from './workflowOperations';

/** /admin/workflows/<key>/versions/<n>: one deployed version, read-only. */
export default function VersionPage({ processKey, version }: { processKey: string; version: number }) {
  const t = useTexts(designerTexts);
  const { format } = useI18n();
  const title = t('versionTitle', { key: processKey, version });
  useDocumentTitle(title);
  const state = useQuery<AdminWorkflowDefinitionQuery, AdminWorkflowDefinitionQueryVariables>(workflowDefinitionQuery, { key: processKey, version });
  const definition = state.status === 'done' ? state.data.workflowDefinition : undefined;
  return (
    <section className="page" aria-labelledby="version-heading">
      <p className="back"><Link href={adminPaths.designer(processKey)}>← {t('backToDesigner')}</Link></p>
      <h1 id="version-heading">{title}</h1>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError retry={state.retry} />}
      {definition === null && <p className="notice">{t('versionNotFound')}</p>}
      {definition && (
        <>
          <p>
            {t('deployedAt', { date: format.dateTime(definition.deployedAt) })}
            {' · '}
            <Link href={adminPaths.designer(processKey, version)}>{t('editFromVersion')}</Link>
          </p>
          <div className="admin-toolbar"><TestRunButton processKey={processKey} version={definition.version} /></div>
          {definition.bpmnXml && <DiagramViewer xml={definition.bpmnXml} label={t('versionCanvas')} />}
        </>
      )}
    </section>
  );
}
