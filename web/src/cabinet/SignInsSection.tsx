import type { SignInHistoryQuery } from '../api/generated';
import { useQuery } from '../api/useQuery';
import { useI18n } from '../i18n/I18n';
import { defineTexts, useTexts } from '../i18n/texts';
import { LoadError, Loading } from '../pages/Status';
import { signInHistoryQuery } from './operations';
import { cabinetTexts } from './texts';

const texts = defineTexts(
  {
    intro: 'Акыркы кирүү аракеттери. Тааныбаган аракетти көрсөңүз, «Түндүк» сырсөзүңүздү алмаштырыңыз.',
    when: 'Убактысы', step: 'Кадам', outcome: 'Жыйынтыгы', from: 'Дареги', browser: 'Браузер',
    PASSWORD: 'ПИН жана сырсөз', EMAIL_CODE: 'E-mail коду', ESI: 'ИБТ',
    SUCCEEDED: 'Ийгиликтүү', WRONG_CREDENTIALS: 'ПИН же сырсөз туура эмес', WRONG_CODE: 'Код туура эмес',
    LOCKED_OUT: 'Бөгөттөлгөн', CODE_REJECTED: 'Код жараксыз',
  },
  {
    intro: 'Последние попытки входа. Если видите незнакомую, смените пароль «Түндүк».',
    when: 'Время', step: 'Шаг', outcome: 'Результат', from: 'Адрес', browser: 'Браузер',
    PASSWORD: 'ПИН и пароль', EMAIL_CODE: 'Код по e-mail', ESI: 'ЕСИ',
    SUCCEEDED: 'Успешно', WRONG_CREDENTIALS: 'Неверный ПИН или пароль', WRONG_CODE: 'Неверный код',
    LOCKED_OUT: 'Заблокировано', CODE_REJECTED: 'Код недействителен',
  },
  {
    intro: 'Recent sign-in attempts. If you see one you do not recognise, change your «Түндүк» password.',
    when: 'When', step: 'Step', outcome: 'Outcome', from: 'Address', browser: 'Browser',
    PASSWORD: 'PIN and password', EMAIL_CODE: 'E-mail code', ESI: 'Unified identification',
    SUCCEEDED: 'Succeeded', WRONG_CREDENTIALS: 'Wrong PIN or password', WRONG_CODE: 'Wrong code',
    LOCKED_OUT: 'Locked out', CODE_REJECTED: 'Code no longer valid',
  },
);

/** «Кирүү тарыхы»: recent sign-in steps, failed passwords on the citizen's PIN included. */
export default function SignInsSection() {
  const t = useTexts(texts);
  const c = useTexts(cabinetTexts);
  const { format } = useI18n();
  const state = useQuery<SignInHistoryQuery, Record<string, never>>(signInHistoryQuery, {});
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError retry={state.retry} />;
  const rows = state.data.me.signInHistory;
  return (
    <>
      <p className="hint">{t('intro')}</p>
      {rows.length === 0 ? (
        <p>{c('none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={c('signIns')}>
          <table>
            <thead>
              <tr><th scope="col">{t('when')}</th><th scope="col">{t('step')}</th><th scope="col">{t('outcome')}</th><th scope="col">{t('from')}</th><th scope="col">{t('browser')}</th></tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <td>{format.dateTime(r.at)}</td>
                  <td>{t(r.method)}</td>
                  <td>{t(r.outcome)}</td>
                  <td>{r.clientAddress ?? '—'}</td>
                  <td className="user-agent">{r.userAgent ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
