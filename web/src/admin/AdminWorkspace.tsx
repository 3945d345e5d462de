import { lazy, Suspense } from 'react';
import { useTexts } from '../i18n/texts';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { Loading } from '../pages/Status';
import { Link } from '../routing/router';
import { adminPaths, parseAdminSection, type AdminRoute } from './adminRoute';
import { adminTexts } from './adminTexts';
import { OverviewPage } from './OverviewPage';
import { DeliveriesPage } from './deliveries/DeliveriesPage';
import { WorkflowListPage } from './workflows/WorkflowListPage';
import { InstanceListPage } from './instances/InstanceListPage';
import { RolesPage } from './roles/RolesPage';
import { FormListPage } from './forms/FormListPage';
import './admin.css';

// bpmn-js and its properties panel are large: they load only with the pages that draw diagrams.
const DesignerPage = lazy(() => import('./workflows/DesignerPage'));
const VersionPage = lazy(() => import('./workflows/VersionPage'));
const InstancePage = lazy(() => import('./instances/InstancePage'));
// The form-js editor likewise loads only with the form page.
const FormDesignerPage = lazy(() => import('./forms/FormDesignerPage'));

type Area = 'overview' | 'designer' | 'forms' | 'monitor' | 'deliveries' | 'roles' | null;

function areaOf(route: AdminRoute): Area {
  switch (route.page) {
    case 'overview': return 'overview';
    case 'workflows': case 'designer': case 'version': return 'designer';
    case 'instances': case 'instance': return 'monitor';
    case 'deliveries': return 'deliveries';
    case 'roles': return 'roles';
    case 'forms': case 'form': return 'forms';
    default: return null;
  }
}

/** The administrators' workspace (/admin/…): overview, workflow designer, process monitor, failed deliveries. */
export default function AdminWorkspace({ section }: { section: string }) {
  const route = parseAdminSection(section);
  return (
    <div className="admin">
      <AdminNavigation current={areaOf(route)} />
      <Suspense fallback={<Loading />}>
        <AdminPage route={route} />
      </Suspense>
    </div>
  );
}

function AdminPage({ route }: { route: AdminRoute }) {
  switch (route.page) {
    case 'overview': return <OverviewPage />;
    case 'workflows': return <WorkflowListPage />;
    case 'designer': return <DesignerPage processKey={route.key} />;
    case 'version': return <VersionPage processKey={route.key} version={route.version} />;
    case 'instances': return <InstanceListPage />;
    case 'instance': return <InstancePage id={route.id} />;
    case 'deliveries': return <DeliveriesPage />;
    case 'roles': return <RolesPage />;
    case 'forms': return <FormListPage />;
    case 'form': return <FormDesignerPage key={route.formId} formId={route.formId} />;
    case 'notFound': return <AdminNotFound />;
  }
}

function AdminNavigation({ current }: { current: Area }) {
  const t = useTexts(adminTexts);
  const links: [Exclude<Area, null>, string, string][] = [
    ['overview', adminPaths.overview, t('overviewTitle')],
    ['designer', adminPaths.workflows, t('designer')],
    ['forms', adminPaths.forms, t('forms')],
    ['monitor', adminPaths.instances(), t('monitor')],
    ['deliveries', adminPaths.deliveries, t('deliveries')],
    ['roles', adminPaths.roles, t('roles')],
  ];
  return (
    <nav className="admin-nav" aria-label={t('adminNavigation')}>
      <ul>
        {links.map(([area, href, label]) => (
          <li key={area}>
            <Link href={href} aria-current={current === area ? 'page' : undefined}>{label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AdminNotFound() {
  const t = useTexts(adminTexts);
  useDocumentTitle(t('notFound'));
  return (
    <section className="page" aria-labelledby="admin-not-found">
      <h1 id="admin-not-found">{t('notFound')}</h1>
      <p><Link href={adminPaths.overview}>{t('backToOverview')}</Link></p>
    </section>
  );
}
