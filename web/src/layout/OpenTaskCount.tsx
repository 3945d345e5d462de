import { useEffect, useState } from 'react';
import { useGraphQL } from '../api/useQuery';
import type { OpenTaskCountQuery, OpenTaskCountQueryVariables } from '../api/generated';
import { useI18n } from '../i18n/I18n';
import { defineTexts, useTexts } from '../i18n/texts';
import { useLocation } from '../routing/router';

const openTaskCountQuery = /* GraphQL */ `
  query OpenTaskCount { hrTasks(first: 0) { totalCount } }
`;

const texts = defineTexts({ openTasks: 'ачык тапшырмалар' }, { openTasks: 'открытых задач' }, { openTasks: 'open tasks' });

/**
 * The number of open tasks the signed-in reviewer may act on, beside «Кадр кызматы» in the header; read again on every
 * page change, so a task decided a moment ago no longer counts. Nothing is shown until it is known, or when it fails.
 */
export function OpenTaskCount() {
  const request = useGraphQL();
  const { pathname } = useLocation();
  const { format } = useI18n();
  const t = useTexts(texts);
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    request<OpenTaskCountQuery, OpenTaskCountQueryVariables>(openTaskCountQuery, {}, controller.signal)
      .then(data => setCount(data.hrTasks.totalCount), () => undefined);
    return () => controller.abort();
  }, [request, pathname]);
  if (count === null) return null;
  return (
    <span className="badge" data-open-tasks={count}>
      <span className="visually-hidden">, {t('openTasks')}: </span>
      {format.number(count)}
    </span>
  );
}
