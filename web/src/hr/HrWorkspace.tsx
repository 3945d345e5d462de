import type { Route } from '../routing/router';
import { useDocumentTitle } from '../layout/useDocumentTitle';

/** The HR reviewers' workspace (/hr/…). Not built yet. */
export default function HrWorkspace({ route }: { route: Extract<Route, { name: 'hr' }> }) {
  useDocumentTitle('HR');
  return (
    <section className="page" data-section={route.section}>
      <h1>HR</h1>
    </section>
  );
}
