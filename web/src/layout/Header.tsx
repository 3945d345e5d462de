import { useAuth } from '../auth/Auth';
import { useI18n } from '../i18n/I18n';
import { isLanguage, languageNames, languages } from '../i18n/languages';
import { defineTexts, useTexts } from '../i18n/texts';
import { Link } from '../routing/router';
import { OpenTaskCount } from './OpenTaskCount';

export type HeaderPlace = 'search' | 'signIn' | 'cabinet' | 'hr' | 'admin' | 'other';

const texts = defineTexts(
  { cabinet: 'Жеке кабинет', hr: 'Кадр кызматы', admin: 'Администратор', signOut: 'Чыгуу', signedInAs: 'Кирген колдонуучу' },
  { cabinet: 'Личный кабинет', hr: 'Кадровая служба', admin: 'Администратор', signOut: 'Выйти', signedInAs: 'Вы вошли как' },
  { cabinet: 'Personal cabinet', hr: 'HR office', admin: 'Administration', signOut: 'Sign out', signedInAs: 'Signed in as' },
);

/** The portal's name, the language switch, «Вакансиялар», and «Жеке кабинетке кирүү» (or the cabinet) at the top right. */
export function Header({ current }: { current: HeaderPlace }) {
  const { t, language, setLanguage } = useI18n();
  const own = useTexts(texts);
  const { ready, user, hasRole, signIn, signOut } = useAuth();
  const here = (place: HeaderPlace) => (current === place ? 'page' : undefined);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__mark" aria-hidden="true">K</span>
          <span className="brand__name">{t('portalName')}</span>
        </Link>
        <div className="language-switch">
          <label htmlFor="language">{t('language')}</label>
          <select
            id="language"
            value={language}
            onChange={event => isLanguage(event.target.value) && setLanguage(event.target.value)}
          >
            {languages.map(code => (
              <option key={code} value={code} lang={code}>{languageNames[code]}</option>
            ))}
          </select>
        </div>
        <nav aria-label={t('mainNavigation')} className="site-nav">
          <Link href="/" aria-current={here('search')}>{t('vacancies')}</Link>
          {user ? (
            <>
              {hasRole('hr') && <Link href="/hr" aria-current={here('hr')}>{own('hr')}<OpenTaskCount /></Link>}
              {hasRole('admin') && <Link href="/admin" aria-current={here('admin')}>{own('admin')}</Link>}
              <Link href="/cabinet" className="button button--small" aria-current={here('cabinet')}>
                {own('cabinet')}
              </Link>
              <span className="site-nav__user">
                <span className="visually-hidden">{own('signedInAs')} </span>
                {user.name}
              </span>
              <button type="button" className="button button--small button--quiet" onClick={() => void signOut()}>
                {own('signOut')}
              </button>
            </>
          ) : (
            <Link
              href="/signin"
              className="button button--small"
              aria-current={here('signIn')}
              onClick={event => {
                if (!ready) return;
                event.preventDefault();
                void signIn('/cabinet');
              }}
            >
              {t('signIn')}
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
