import type { AdminOverviewQuery } from '../api/generated';
import { useQuery } from '../api/useQuery';
import { useTexts } from '../i18n/texts';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { Link } from '../routing/router';
import { adminPaths } from './adminRoute';
import { adminTexts } from './adminTexts';
import { adminOverviewQuery } from './overviewOperations';

export function OverviewPage() {
  const t = useTexts(adminTexts);
  useDocumentTitle(t('overviewTitle'));
  const state = useQuery<AdminOverviewQuery, Record<string, never>>(adminOverviewQuery, {});
  const data = state.status === 'done' ? state.data : null;
  const processes = data ? new Set(data.workflowDefinitions.map(d => d.key)).size : null;
  return (
    <section className="page" aria-labelledby="admin-overview">
      <h1 id="admin-overview">{t('overviewTitle')}</h1>
      <p>{t('overviewIntro')}</p>
      <ul className="admin-cards">
        <li className="admin-card">
          <h2><Link href={adminPaths.workflows}>{t('designer')}</Link></h2>
          <p>{t('designerHint')}</p>
          {processes !== null && <p className="admin-card__figure">{t('processCount', { count: processes })}</p>}
        </li>
        <li className="admin-card">
          <h2><Link href={adminPaths.instances()}>{t('monitor')}</Link></h2>
          <p>{t('monitorHint')}</p>
          {data && (
            <p className="admin-card__figure">
              {t('activeCount', { count: data.activeInstances.totalCount })}
              <br />
              {t('incidentCount', { count: data.workflowIncidents.totalCount })}
            </p>
          )}
        </li>
        <li className="admin-card">
          <h2><Link href={adminPaths.deliveries}>{t('deliveries')}</Link></h2>
          <p>{t('deliveriesHint')}</p>
          {data && <p className="admin-card__figure">{t('failedCount', { count: data.failedNotificationDeliveries.length })}</p>}
        </li>
        <li className="admin-card">
          {/* The dashboard is served by the host, outside the portal's own routes: an ordinary link. */}
          <h2><a href="/hangfire">{t('jobs')}</a></h2>
          <p>{t('jobsHint')}</p>
        </li>
      </ul>
    </section>
  );
}
