import { useI18n } from '../i18n/I18n';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { Link } from '../routing/router';

/** Placeholder until the OpenID Connect sign-in (/connect/authorize) is ready: says so plainly. */
export function SignInPage() {
  const { t } = useI18n();
  useDocumentTitle(t('signInHeading'));
  return (
    <section className="page narrow" aria-labelledby="signin-heading">
      <h1 id="signin-heading">{t('signInHeading')}</h1>
      <div className="notice" role="note">
        <p>{t('signInComingSoon')}</p>
        <p>{t('signInMeanwhile')}</p>
      </div>
      <p><Link href="/">{t('backToVacancies')}</Link></p>
    </section>
  );
}
