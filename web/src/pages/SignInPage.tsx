import { useEffect } from 'react';
import { useAuth } from '../auth/Auth';
import { safeReturnPath } from '../auth/oidc';
import { useI18n } from '../i18n/I18n';
import { defineTexts, useTexts } from '../i18n/texts';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { Link, navigate } from '../routing/router';

const texts = defineTexts(
  {
    intro: 'Жеке кабинетке ПИН жана «Түндүк» сырсөзү менен кирилет. Андан кийин e-mail дарегиңизге текшерүү коду келет.',
    go: 'Кирүү',
  },
  {
    intro: 'В личный кабинет входят по ПИН и паролю «Түндүк». Затем на ваш e-mail придёт код подтверждения.',
    go: 'Войти',
  },
  {
    intro: 'You enter the personal cabinet with your PIN and «Түндүк» password; a verification code then comes to your e-mail.',
    go: 'Sign in',
  },
);

/** /signin?returnTo=…: sends the visitor to the identity pages, or on to where they wanted to go if already signed in. */
export function SignInPage({ query }: { query: string }) {
  const { t } = useI18n();
  const own = useTexts(texts);
  const { ready, user, signIn } = useAuth();
  const returnTo = safeReturnPath(new URLSearchParams(query).get('returnTo'));
  useDocumentTitle(t('signInHeading'));

  useEffect(() => {
    if (ready && user) navigate(returnTo, { replace: true });
  }, [ready, user, returnTo]);

  return (
    <section className="page narrow" aria-labelledby="signin-heading">
      <h1 id="signin-heading">{t('signInHeading')}</h1>
      <p>{own('intro')}</p>
      <p>
        <button type="button" className="button button--primary" disabled={!ready} onClick={() => void signIn(returnTo)}>
          {own('go')}
        </button>
      </p>
      <p><Link href="/">{t('backToVacancies')}</Link></p>
    </section>
  );
}
