import { useEffect, useState } from 'react';
import { defineTexts, useTexts } from '../i18n/texts';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { Link, navigate } from '../routing/router';
import { Loading } from '../pages/Status';
import { safeReturnPath, userManager } from './oidc';

const texts = defineTexts(
  {
    title: 'Жеке кабинетке кирүү',
    failed: 'Кирүү аяктаган жок. Кайра аракет кылыңыз.',
    again: 'Кайра кирүү',
  },
  {
    title: 'Вход в личный кабинет',
    failed: 'Вход не завершён. Попробуйте ещё раз.',
    again: 'Войти снова',
  },
  {
    title: 'Signing in',
    failed: 'Signing in did not finish. Please try again.',
    again: 'Sign in again',
  },
);

// React's development double effect must not redeem the authorization code twice.
let exchange: Promise<string> | undefined;

/** /auth/callback: redeems the authorization code (with the PKCE verifier) and goes back where the citizen was. */
export default function CallbackPage() {
  const t = useTexts(texts);
  useDocumentTitle(t('title'));
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    exchange ??= userManager()
      .signinRedirectCallback()
      .then(user => safeReturnPath((user.state as { returnTo?: unknown } | undefined)?.returnTo));
    exchange.then(
      returnTo => navigate(returnTo, { replace: true }),
      () => setFailed(true),
    ).finally(() => {
      exchange = undefined;
    });
  }, []);

  if (!failed) return <Loading />;
  return (
    <section className="page narrow" aria-labelledby="callback-heading">
      <h1 id="callback-heading">{t('title')}</h1>
      <p role="alert" className="error">{t('failed')}</p>
      <p><Link href="/signin">{t('again')}</Link></p>
    </section>
  );
}
