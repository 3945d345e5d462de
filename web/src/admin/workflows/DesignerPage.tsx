import { useState } from 'react';
import type {
  AdminWorkflowCapabilitiesQuery, AdminWorkflowDefinitionQuery, AdminWorkflowDefinitionQueryVariables,
} from '../../api/generated';
import { useQuery } from '../../api/useQuery';
import { useTexts } from '../../i18n/texts';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { LoadError, Loading } from '../../pages/Status';
import { Link, useLocation } from '../../routing/router';
import { adminPaths } from '../adminRoute';
import { DesignerWorkspace } from './DesignerWorkspace';
import { designerTexts } from './designerTexts';
import { newDiagram } from './newDiagram';
import { VersionList } from './VersionList';
import { workflowCapabilitiesQuery, workflowDefinitionQuery } from './workflowOperations';

/** /admin/workflows/<key>[?from=<version>]: the designer, opened on the latest version (or the one named). */
export default function DesignerPage({ processKey }: { processKey: string }) {
  const t = useTexts(designerTexts);
  useDocumentTitle(t('designerTitle', { key: processKey }));
  const { search } = useLocation();
  const from = Number(new URLSearchParams(search).get('from')) || undefined;
  const definition = useQuery<AdminWorkflowDefinitionQuery, AdminWorkflowDefinitionQueryVariables>(
    workflowDefinitionQuery, { key: processKey, version: from ?? null });
  const capabilities = useQuery<AdminWorkflowCapabilitiesQuery, Record<string, never>>(workflowCapabilitiesQuery, {});
  const [deployments, setDeployments] = useState(0);

  const loaded = definition.status === 'done' ? definition.data.workflowDefinition : undefined;
  return (
    <section className="page admin-designer" aria-labelledby="designer-heading">
      <p className="back"><Link href={adminPaths.workflows}>← {t('backToList')}</Link></p>
      <h1 id="designer-heading">{t('designerTitle', { key: processKey })}</h1>
      {definition.status === 'loading' && <Loading />}
      {definition.status === 'error' && <LoadError retry={definition.retry} />}
      {definition.status === 'done' && (
        <>
          {loaded === null && <p className="notice">{t('newProcess')}</p>}
          {loaded && from && <p className="notice">{t('startedFromVersion', { version: loaded.version })}</p>}
          <DesignerWorkspace
            processKey={processKey}
            initialXml={loaded?.bpmnXml ?? newDiagram(processKey)}
            capabilities={capabilities.status === 'done' ? capabilities.data.workflowCapabilities : null}
            onDeployed={() => setDeployments(n => n + 1)}
          />
          <VersionList processKey={processKey} revision={deployments} />
        </>
      )}
    </section>
  );
}
