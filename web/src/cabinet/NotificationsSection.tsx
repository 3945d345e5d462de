import { useEffect, useState } from 'react';
import type {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  MarkNotificationReadMutationVariables,
  MyNotificationsQuery,
  MyNotificationsQueryVariables,
} from '../api/generated';
import { useGraphQL } from '../api/useQuery';
import { FormStatus } from '../forms/FormStatus';
import { failure, type MutationState } from '../forms/useMutation';
import { useI18n } from '../i18n/I18n';
import { defineTexts, useTexts } from '../i18n/texts';
import { LoadError, Loading } from '../pages/Status';
import { Link, navigate } from '../routing/router';
import { markAllNotificationsReadMutation, markNotificationReadMutation, notificationsQuery } from './operations';
import { cabinetTexts } from './texts';

const texts = defineTexts(
  { markAll: 'Баарын окулду деп белгилөө', markRead: 'Окулду деп белгилөө', unread: 'Окула элек', more: 'Дагы көрсөтүү', open: 'Ачуу', allRead: 'Баары окулду.' },
  { markAll: 'Отметить все как прочитанные', markRead: 'Отметить как прочитанное', unread: 'Не прочитано', more: 'Показать ещё', open: 'Открыть', allRead: 'Все прочитаны.' },
  { markAll: 'Mark all as read', markRead: 'Mark as read', unread: 'Unread', more: 'Show more', open: 'Open', allRead: 'All read.' },
);

type Item = MyNotificationsQuery['me']['notifications']['nodes'][number];

/** «Билдирмелер»: newest first, paged by cursor; unread ones are marked and can be marked read one by one or all at once. */
export default function NotificationsSection({ onRead }: { onRead(): void }) {
  const t = useTexts(texts);
  const c = useTexts(cabinetTexts);
  const { format } = useI18n();
  const request = useGraphQL();
  const [items, setItems] = useState<Item[]>([]);
  const [page, setPage] = useState<{ hasNextPage: boolean; endCursor: string | null }>({ hasNextPage: false, endCursor: null });
  const [load, setLoad] = useState<{ status: 'loading' | 'done' } | { status: 'error'; retry(): void }>({ status: 'loading' });
  const [action, setAction] = useState<MutationState>({ status: 'idle' });

  const fetchPage = async (after: string | null) => {
    setLoad({ status: 'loading' });
    try {
      const data = await request<MyNotificationsQuery, MyNotificationsQueryVariables>(notificationsQuery, { after });
      const connection = data.me.notifications;
      setItems(previous => (after ? [...previous, ...connection.nodes] : connection.nodes));
      setPage(connection.pageInfo);
      setLoad({ status: 'done' });
    } catch {
      setLoad({ status: 'error', retry: () => void fetchPage(after) });
    }
  };

  useEffect(() => {
    void fetchPage(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload when the language (and so `request`) changes
  }, [request]);

  const markRead = async (item: Item) => {
    try {
      const data = await request<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>(markNotificationReadMutation, { id: item.id });
      setItems(all => all.map(n => (n.id === item.id ? { ...n, readAt: data.markNotificationRead.readAt } : n)));
      onRead();
    } catch (error) {
      setAction(failure(error));
    }
  };

  const markAll = async () => {
    try {
      await request<MarkAllNotificationsReadMutation>(markAllNotificationsReadMutation, {});
      const now = new Date().toISOString();
      setItems(all => all.map(n => ({ ...n, readAt: n.readAt ?? now })));
      setAction({ status: 'saved' });
      onRead();
    } catch (error) {
      setAction(failure(error));
    }
  };

  const open = async (item: Item) => {
    if (!item.readAt) await markRead(item);
    if (item.link) navigate(item.link);
  };

  if (load.status === 'error' && items.length === 0) return <LoadError retry={load.retry} />;
  if (load.status === 'loading' && items.length === 0) return <Loading />;
  return (
    <>
      {items.some(n => !n.readAt) && (
        <p><button type="button" className="button button--small button--secondary" onClick={() => void markAll()}>{t('markAll')}</button></p>
      )}
      <FormStatus state={action} savedText={t('allRead')} />
      {items.length === 0 ? (
        <p>{c('none')}</p>
      ) : (
        <ul className="records">
          {items.map(n => (
            <li key={n.id} className={n.readAt ? 'record' : 'record notification--unread'}>
              <h2 className="record__title">
                {!n.readAt && <span className="visually-hidden">{t('unread')}: </span>}
                {n.title.text}
              </h2>
              <p className="record__meta">{format.dateTime(n.createdAt)}</p>
              <p>{n.body.text}</p>
              <div className="record__actions">
                {n.link && (
                  <Link href={n.link} className="button button--small" onClick={event => { event.preventDefault(); void open(n); }}>{t('open')}</Link>
                )}
                {!n.readAt && (
                  <button type="button" className="button button--small button--secondary" onClick={() => void markRead(n)}>{t('markRead')}</button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {page.hasNextPage && (
        <button type="button" className="button button--secondary" disabled={load.status === 'loading'} onClick={() => void fetchPage(page.endCursor)}>
          {t('more')}
        </button>
      )}
    </>
  );
}
