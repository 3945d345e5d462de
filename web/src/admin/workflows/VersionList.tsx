import { useEffect, useRef } from 'react';
import type { AdminWorkflowDefinitionsQuery } from '../../api/generated';
import { useQuery } from '../../api/useQuery';
import { useI18n } from '../../i18n/I18n';
import { useTexts } from '../../i18n/texts';
import { LoadError, Loading } from '../../pages/Status';
import { Link } from '../../routing/router';
import { adminPaths } from '../adminRoute';
import { designerTexts } from './designerTexts';
import { TestRunButton } from './TestRunButton';
import { workflowDefinitionsQuery } from './workflowOperations';

/** Every deployed version of one process, newest first; read again when `revision` changes (after a deployment). */
export function VersionList({ processKey, revision }: { processKey: string; revision: number }) {
  const t = useTexts(designerTexts);
  const { format } = useI18n();
  const state = useQuery<AdminWorkflowDefinitionsQuery, Record<string, never>>(workflowDefinitionsQuery, {});
  const refresh = useRef<(() => void) | null>(null);
  refresh.current = state.status === 'done' ? state.refresh : state.status === 'error' ? state.retry : null;
  useEffect(() => {
    if (revision > 0) refresh.current?.();
  }, [revision]);

  const versions = state.status === 'done'
    ? state.data.workflowDefinitions.filter(d => d.key === processKey).sort((a, b) => b.version - a.version)
    : [];
  return (
    <section className="admin-versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('versionsTitle')}</h2>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError retry={state.retry} />}
      {state.status === 'done' && versions.length === 0 && <p>{t('noVersions')}</p>}
      {state.status === 'done' && versions.length > 0 && (
        <ol className="admin-list" reversed>
          {versions.map(version => (
            <li key={version.id} className="admin-list__item admin-version" data-version={version.version}>
              <strong>{t('version', { version: version.version })}</strong>
              <span>{format.dateTime(version.deployedAt)}</span>
              {version.resourceName && <span className="admin-code">{version.resourceName}</span>}
              <span className="admin-version__links">
                <Link href={adminPaths.version(processKey, version.version)}>{t('openReadOnly')}</Link>
                <Link href={adminPaths.designer(processKey, version.version)}>{t('editFromVersion')}</Link>
                <TestRunButton processKey={processKey} version={version.version} inline />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
