import type { CandidateTaskCountQuery } from '../api/generated';
import { useQuery } from '../api/useQuery';
import { useAuth } from '../auth/Auth';
import { useTexts } from '../i18n/texts';
import { Link } from '../routing/router';
import { candidateTaskCountQuery } from './candidateOperations';
import { candidateTexts } from './candidateTexts';

/** In the cabinet: the way to «Менин тапшырмаларым» when a diagram names the citizen as a task's candidate (reviewers have /hr). */
export function CandidateTaskNotice() {
  const t = useTexts(candidateTexts);
  const { hasRole } = useAuth();
  const state = useQuery<CandidateTaskCountQuery, Record<string, never>>(candidateTaskCountQuery, {});
  if (hasRole('hr') || state.status !== 'done' || state.data.hrTasks.totalCount === 0) return null;
  return (
    <p className="notice">
      {t('assigned', { count: state.data.hrTasks.totalCount })} <Link href="/tasks">{t('heading')}</Link>
    </p>
  );
}
