import { useI18n } from '../i18n/I18n';
import { isLanguage, languageNames, languages } from '../i18n/languages';
import { Link } from '../routing/router';

/** The portal's name, the language switch, and «Вакансиялар» and «Жеке кабинетке кирүү» at the top right. */
export function Header({ current }: { current: 'search' | 'signIn' | 'other' }) {
  const { t, language, setLanguage } = useI18n();
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
          <Link href="/" aria-current={current === 'search' ? 'page' : undefined}>{t('vacancies')}</Link>
          <Link href="/signin" className="button button--small" aria-current={current === 'signIn' ? 'page' : undefined}>
            {t('signIn')}
          </Link>
        </nav>
      </div>
    </header>
  );
}
