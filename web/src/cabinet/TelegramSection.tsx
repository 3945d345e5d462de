import { useState } from 'react';
import type {
  ConnectTelegramMutation,
  DisconnectTelegramMutation,
  MyTelegramQuery,
  NotificationChannel,
  NotificationKind,
  SetNotificationPreferenceMutation,
  SetNotificationPreferenceMutationVariables,
} from '../api/generated';
import { useQuery } from '../api/useQuery';
import { FormStatus } from '../forms/FormStatus';
import { useMutation } from '../forms/useMutation';
import { useI18n } from '../i18n/I18n';
import { defineTexts, useTexts } from '../i18n/texts';
import { LoadError, Loading } from '../pages/Status';
import { SavedSearches } from './SavedSearches';
import { connectTelegramMutation, disconnectTelegramMutation, setNotificationPreferenceMutation, telegramQuery } from './operations';

const texts = defineTexts(
  {
    intro: 'Арызыңыздын абалы, жаңы вакансиялар жана мөөнөттөр тууралуу эскертмелерди Telegram аркылуу алыңыз.',
    unavailable: 'Бул порталда Telegram боту азыр иштебейт.',
    linked: 'Telegram туташтырылган ({date}).',
    notLinked: 'Telegram туташтырыла элек.',
    connect: 'Telegram’ды туташтыруу',
    linkReady: 'Шилтемени ачып, ботто «Start» баскычын басыңыз. Шилтеме {time} чейин жарактуу.',
    openBot: 'Telegram ботун ачуу',
    disconnect: 'Telegram’ды ажыратуу',
    preferences: 'Кайсы эскертмелерди кайсы жол менен алуу',
    kind: 'Эскертме',
    PORTAL: 'Порталда', EMAIL: 'E-mail', TELEGRAM: 'Telegram',
    APPLICATION_STATUS: 'Арыздын абалы', HR_TASK: 'Кадр кызматынын тапшырмалары', RESERVE: 'Кадрлар резерви',
    VACANCY_ALERT: 'Жаңы вакансиялар', DEADLINE_REMINDER: 'Мөөнөт жакындаганы',
  },
  {
    intro: 'Получайте в Telegram уведомления о статусе заявления, новых вакансиях и сроках.',
    unavailable: 'Telegram-бот на этом портале сейчас не работает.',
    linked: 'Telegram подключён ({date}).',
    notLinked: 'Telegram не подключён.',
    connect: 'Подключить Telegram',
    linkReady: 'Откройте ссылку и нажмите «Start» в боте. Ссылка действует до {time}.',
    openBot: 'Открыть Telegram-бота',
    disconnect: 'Отключить Telegram',
    preferences: 'Какие уведомления и как получать',
    kind: 'Уведомление',
    PORTAL: 'На портале', EMAIL: 'E-mail', TELEGRAM: 'Telegram',
    APPLICATION_STATUS: 'Статус заявления', HR_TASK: 'Задачи кадровой службы', RESERVE: 'Кадровый резерв',
    VACANCY_ALERT: 'Новые вакансии', DEADLINE_REMINDER: 'Приближение срока',
  },
  {
    intro: 'Get alerts about your applications, new vacancies and deadlines on Telegram.',
    unavailable: 'This portal’s Telegram bot is not working now.',
    linked: 'Telegram is linked ({date}).',
    notLinked: 'Telegram is not linked.',
    connect: 'Link Telegram',
    linkReady: 'Open the link and press «Start» in the bot. The link works until {time}.',
    openBot: 'Open the Telegram bot',
    disconnect: 'Unlink Telegram',
    preferences: 'Which alerts, by which channel',
    kind: 'Alert',
    PORTAL: 'In the portal', EMAIL: 'E-mail', TELEGRAM: 'Telegram',
    APPLICATION_STATUS: 'Application status', HR_TASK: 'HR tasks', RESERVE: 'Personnel reserve',
    VACANCY_ALERT: 'New vacancies', DEADLINE_REMINDER: 'Approaching deadlines',
  },
);

const channels: NotificationChannel[] = ['PORTAL', 'EMAIL', 'TELEGRAM'];

/** «Telegram аркылуу эскертмелер»: link or unlink the bot, and choose alerts per kind and channel. */
export default function TelegramSection() {
  const t = useTexts(texts);
  const { format } = useI18n();
  const state = useQuery<MyTelegramQuery, Record<string, never>>(telegramQuery, {});
  const connect = useMutation<ConnectTelegramMutation, Record<string, never>>(connectTelegramMutation);
  const disconnect = useMutation<DisconnectTelegramMutation, Record<string, never>>(disconnectTelegramMutation);
  const prefer = useMutation<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>(setNotificationPreferenceMutation);
  const [link, setLink] = useState<ConnectTelegramMutation['connectTelegram'] | null>(null);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={state.retry} />;
  const { telegram, notificationPreferences } = state.data.me;
  const kinds = [...new Set(notificationPreferences.map(p => p.kind))] as NotificationKind[];
  const enabled = (kind: NotificationKind, channel: NotificationChannel) =>
    notificationPreferences.find(p => p.kind === kind && p.channel === channel)?.enabled ?? false;

  return (
    <>
      <p>{t('intro')}</p>
      {!telegram.available ? (
        <p className="notice">{t('unavailable')}</p>
      ) : telegram.linked ? (
        <>
          <p>{t('linked', { date: telegram.linkedAt ? format.dateTime(telegram.linkedAt) : '' })}</p>
          <button type="button" className="button button--danger" onClick={async () => { if (await disconnect.run({})) state.refresh(); }}>{t('disconnect')}</button>
          <FormStatus state={disconnect.state} />
        </>
      ) : (
        <>
          <p>{t('notLinked')}</p>
          {link ? (
            <>
              <p>{t('linkReady', { time: format.dateTime(link.expiresAt) })}</p>
              <p><a className="button" href={link.url} target="_blank" rel="noopener noreferrer">{t('openBot')}</a></p>
            </>
          ) : (
            <button type="button" className="button" onClick={async () => { const data = await connect.run({}); if (data) setLink(data.connectTelegram); }}>{t('connect')}</button>
          )}
          <FormStatus state={connect.state} />
        </>
      )}

      <h2>{t('preferences')}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('preferences')}>
        <table>
          <thead>
            <tr><th scope="col">{t('kind')}</th>{channels.map(ch => <th key={ch} scope="col">{t(ch)}</th>)}</tr>
          </thead>
          <tbody>
            {kinds.map(kind => (
              <tr key={kind}>
                <th scope="row">{t(kind)}</th>
                {channels.map(channel => (
                  <td key={channel}>
                    <input
                      type="checkbox"
                      aria-label={`${t(kind)} — ${t(channel)}`}
                      checked={enabled(kind, channel)}
                      onChange={async event => { if (await prefer.run({ kind, channel, enabled: event.target.checked })) state.refresh(); }}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormStatus state={prefer.state} />
      <SavedSearches />
    </>
  );
}
