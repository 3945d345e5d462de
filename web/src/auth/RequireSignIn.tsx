import type { ReactNode } from 'react';
import { defineTexts, useTexts } from '../i18n/texts';
import { Loading } from '../pages/Status';
import { useAuth } from './Auth';

const texts = defineTexts(
  {
    needSignIn: 'Бул бөлүмдү көрүү үчүн жеке кабинетке кириңиз.',
    signIn: 'Жеке кабинетке кирүү',
    forbidden: 'Бул бөлүм сиз үчүн жабык.',
  },
  {
    needSignIn: 'Чтобы открыть этот раздел, войдите в личный кабинет.',
    signIn: 'Войти в личный кабинет',
    forbidden: 'Этот раздел вам недоступен.',
  },
  {
    needSignIn: 'Sign in to the personal cabinet to open this section.',
    signIn: 'Enter the personal cabinet',
    forbidden: 'This section is not open to you.',
  },
);

/** Shows its children to a signed-in person with the role; otherwise says why not and offers to sign in. */
export function RequireSignIn({ role, children }: { role?: 'hr' | 'admin'; children: ReactNode }) {
  const t = useTexts(texts);
  const { ready, user, hasRole, signIn } = useAuth();
  if (!ready) return <Loading />;
  if (!user) {
    return (
      <section className="page narrow" aria-labelledby="need-signin">
        <h1 id="need-signin">{t('needSignIn')}</h1>
        <button type="button" className="button button--primary" onClick={() => void signIn()}>{t('signIn')}</button>
      </section>
    );
  }
  if (role && !hasRole(role)) {
    return (
      <section className="page narrow">
        <h1>{t('forbidden')}</h1>
      </section>
    );
  }
  return <>{children}</>;
}
