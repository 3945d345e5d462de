import { lazy, Suspense, useEffect, useRef } from 'react';
import { useI18n } from './i18n/I18n';
import { Header } from './layout/Header';
import { matchRoute, useLocation } from './routing/router';
import { SearchPage } from './pages/SearchPage';
import { SignInPage } from './pages/SignInPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { Loading } from './pages/Status';

const VacancyPage = lazy(() => import('./pages/VacancyPage'));

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
      <Header current={route.name === 'search' ? 'search' : route.name === 'signIn' ? 'signIn' : 'other'} />
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        {route.name === 'search' && <SearchPage query={search} />}
        {route.name === 'vacancy' && (
          <Suspense fallback={<Loading />}>
            <VacancyPage code={route.code} />
          </Suspense>
        )}
        {route.name === 'signIn' && <SignInPage />}
        {route.name === 'notFound' && <NotFoundPage />}
      </main>
      <footer className="site-footer">
        <p>{t('footer')}</p>
      </footer>
    </>
  );
}
