import { lazy, Suspense, useEffect, useRef } from 'react';
import { RequireSignIn } from './auth/RequireSignIn';
import { useI18n } from './i18n/I18n';
import { Header, type HeaderPlace } from './layout/Header';
import { Link, matchRoute, useLocation, verifyPath, type Route } from './routing/router';
import { SearchPage } from './pages/SearchPage';
import { SignInPage } from './pages/SignInPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { Loading } from './pages/Status';

// Everything but the search loads on navigation, so the home page stays small.
const VacancyPage = lazy(() => import('./pages/VacancyPage'));
const CallbackPage = lazy(() => import('./auth/CallbackPage'));
const CabinetPage = lazy(() => import('./cabinet/CabinetPage'));
const ApplicationPage = lazy(() => import('./applications/ApplicationPage'));
const HrWorkspace = lazy(() => import('./hr/HrWorkspace'));
const AdminWorkspace = lazy(() => import('./admin/AdminWorkspace'));
const VerifyPage = lazy(() => import('./verify/VerifyPage'));
const CandidateTasks = lazy(() => import('./tasks/CandidateTasks'));

function placeOf(route: Route): HeaderPlace {
  switch (route.name) {
    case 'search': return 'search';
    case 'signIn': return 'signIn';
    case 'cabinet':
    case 'application': return 'cabinet';
    case 'hr': return 'hr';
    case 'admin': return 'admin';
    default: return 'other';
  }
}

function Page({ route, search }: { route: Route; search: string }) {
  switch (route.name) {
    case 'search': return <SearchPage query={search} />;
    case 'vacancy': return <VacancyPage code={route.code} />;
    case 'signIn': return <SignInPage query={search} />;
    case 'authCallback': return <CallbackPage />;
    case 'cabinet': return <RequireSignIn><CabinetPage section={route.section} /></RequireSignIn>;
    case 'application': return <RequireSignIn><ApplicationPage id={route.id} /></RequireSignIn>;
    case 'hr': return <RequireSignIn role="hr"><HrWorkspace route={route} /></RequireSignIn>;
    case 'admin': return <RequireSignIn role="admin"><AdminWorkspace section={route.section} /></RequireSignIn>;
    case 'verify': return <VerifyPage number={route.number} />;
    case 'tasks': return <RequireSignIn><CandidateTasks id={route.id} /></RequireSignIn>;
    case 'notFound': return <NotFoundPage />;
  }
}

export function App() {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  const route = matchRoute(pathname);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a navigation (not the first page load) focus moves to the new page, as a full load would do.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <a href="#main" className="skip-link">{t('skipToContent')}</a>
      <Header current={placeOf(route)} />
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Suspense fallback={<Loading />}>
          <Page route={route} search={search} />
        </Suspense>
      </main>
      <footer className="site-footer">
        {/* One line: a taller page scrolls the designer, and bpmn-js then opens its menus outside the window. */}
        <p>{t('footer')} · <Link href={verifyPath()}>{t('verifyDocument')}</Link></p>
      </footer>
    </>
  );
}
