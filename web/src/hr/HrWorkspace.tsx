import type { Route } from '../routing/router';
import { Link } from '../routing/router';
import { useTexts } from '../i18n/texts';
import { hrTexts } from './hrTexts';
import { ReservePage } from './ReservePage';
import { TaskListPage } from './TaskListPage';
import { TaskPage } from './TaskPage';
import { VacancyListPage } from './VacancyListPage';
import { VacancyPage } from './VacancyPage';
import './hr.css';

type HrRoute = Extract<Route, { name: 'hr' }>;
type Area = 'tasks' | 'vacancies' | 'reserve';

const areaOf = (section: HrRoute['section']): Area =>
  section === 'task' ? 'tasks' : section === 'vacancy' ? 'vacancies' : section;

const areas: { area: Area; href: string; label: 'navTasks' | 'navVacancies' | 'navReserve' }[] = [
  { area: 'tasks', href: '/hr', label: 'navTasks' },
  { area: 'vacancies', href: '/hr/vacancies', label: 'navVacancies' },
  { area: 'reserve', href: '/hr/reserve', label: 'navReserve' },
];

/** The HR reviewers' workspace (/hr/…): tasks of the competitions, the body's vacancies, its personnel reserve. */
export default function HrWorkspace({ route }: { route: HrRoute }) {
  const t = useTexts(hrTexts);
  const current = areaOf(route.section);
  return (
    <div className="page hr">
      <nav className="hr-nav" aria-label={t('sections')}>
        <p className="hr-nav__name">{t('workspace')}</p>
        <ul>
          {areas.map(item => (
            <li key={item.area}>
              <Link href={item.href} aria-current={item.area === current ? 'page' : undefined}>{t(item.label)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <Section route={route} />
    </div>
  );
}

function Section({ route }: { route: HrRoute }) {
  switch (route.section) {
    case 'tasks': return <TaskListPage />;
    case 'task': return <TaskPage key={route.id} taskId={route.id ?? ''} />;
    case 'vacancies': return <VacancyListPage />;
    case 'vacancy': return <VacancyPage id={route.id ?? 'new'} />;
    case 'reserve': return <ReservePage />;
  }
}
