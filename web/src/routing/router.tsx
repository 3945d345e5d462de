import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** A small History-API router: the portal has few routes, so no router library is bundled. */
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function snapshot() {
  return window.location.pathname + window.location.search;
}

export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (to === snapshot()) return;
  if (options.replace) {
    window.history.replaceState(null, '', to);
  } else {
    window.history.pushState(null, '', to);
  }
  listeners.forEach(listener => listener());
}

/** The current location, re-rendering on every navigation. */
export function useLocation(): { pathname: string; search: string } {
  const current = useSyncExternalStore(subscribe, snapshot);
  const queryStart = current.indexOf('?');
  return queryStart < 0
    ? { pathname: current, search: '' }
    : { pathname: current.slice(0, queryStart), search: current.slice(queryStart) };
}

export type CabinetSection =
  | 'basic'
  | 'personal'
  | 'additional'
  | 'education'
  | 'experience'
  | 'reserve'
  | 'signIns'
  | 'notifications'
  | 'favourites'
  | 'applications'
  | 'telegram';

/** The cabinet's sections and their paths under /cabinet, in the manual's order. */
export const cabinetSections: Record<CabinetSection, string> = {
  basic: '',
  personal: 'personal',
  additional: 'additional',
  education: 'education',
  experience: 'experience',
  reserve: 'reserve',
  signIns: 'sign-ins',
  notifications: 'notifications',
  favourites: 'favourites',
  applications: 'applications',
  telegram: 'telegram',
};

export type Route =
  | { name: 'search' }
  | { name: 'vacancy'; code: string }
  | { name: 'signIn' }
  | { name: 'authCallback' }
  | { name: 'cabinet'; section: CabinetSection }
  | { name: 'application'; id: string }
  | { name: 'hr'; section: 'tasks' | 'task' | 'vacancies' | 'vacancy' | 'reserve'; id?: string }
  | { name: 'admin'; section: string }
  | { name: 'verify'; number?: string }
  | { name: 'tasks'; id?: string }
  | { name: 'notFound' };

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/vacancies') return { name: 'search' };
  if (path === '/signin') return { name: 'signIn' };
  if (path === '/auth/callback') return { name: 'authCallback' };
  const vacancy = /^\/vacancies\/([^/]+)$/.exec(path);
  if (vacancy) {
    const code = decoded(vacancy[1]);
    return code ? { name: 'vacancy', code } : { name: 'notFound' };
  }
  const application = /^\/cabinet\/applications\/([0-9a-fA-F-]{36})$/.exec(path);
  if (application) return { name: 'application', id: application[1].toLowerCase() };
  const cabinet = /^\/cabinet(?:\/([a-z-]+))?$/.exec(path);
  if (cabinet) {
    const section = (Object.keys(cabinetSections) as CabinetSection[]).find(key => cabinetSections[key] === (cabinet[1] ?? ''));
    return section ? { name: 'cabinet', section } : { name: 'notFound' };
  }
  if (path === '/hr' || path === '/hr/tasks') return { name: 'hr', section: 'tasks' };
  if (path === '/hr/vacancies') return { name: 'hr', section: 'vacancies' };
  if (path === '/hr/reserve') return { name: 'hr', section: 'reserve' };
  const hrItem = /^\/hr\/(tasks|vacancies)\/([^/]+)$/.exec(path);
  if (hrItem) {
    const id = decoded(hrItem[2]);
    return id ? { name: 'hr', section: hrItem[1] === 'tasks' ? 'task' : 'vacancy', id } : { name: 'notFound' };
  }
  if (path === '/tasks') return { name: 'tasks' };
  const task = /^\/tasks\/([0-9a-fA-F-]{36})$/.exec(path);
  if (task) return { name: 'tasks', id: task[1].toLowerCase() };
  if (path === '/verify') return { name: 'verify' };
  const verify = /^\/verify\/(AR-[0-9A-Z]{4,20})$/i.exec(path);
  if (verify) return { name: 'verify', number: verify[1].toUpperCase() };
  const admin = /^\/admin(?:\/(.+))?$/.exec(path);
  if (admin) return { name: 'admin', section: admin[1] ?? '' };
  return { name: 'notFound' };
}

export function cabinetPath(section: CabinetSection) {
  const sub = cabinetSections[section];
  return sub ? `/cabinet/${sub}` : '/cabinet';
}

export function applicationPath(id: string) {
  return `/cabinet/applications/${id}`;
}

export function verifyPath(number?: string) {
  return number ? `/verify/${number}` : '/verify';
}

export function vacancyPath(code: string) {
  return `/vacancies/${encodeURIComponent(code)}`;
}

/** An ordinary link that navigates inside the portal without reloading it. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
