import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';
import { clientId, toSignedInUser, userManager, type SignedInUser } from './oidc';

interface Auth {
  /** False until the stored session has been read. */
  ready: boolean;
  user: SignedInUser | null;
  hasRole(role: 'citizen' | 'hr' | 'admin'): boolean;
  /** Goes to the sign-in pages (in the portal's language) and comes back to `returnTo`. */
  signIn(returnTo?: string): Promise<void>;
  signOut(): Promise<void>;
  /** The API refused the token (expired or revoked): forget it, so the page offers to sign in again. */
  forget(): void;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  const [ready, setReady] = useState(false);
  const [user, setUser] = useState<SignedInUser | null>(null);

  useEffect(() => {
    const manager = userManager();
    const loaded = (next: Parameters<typeof toSignedInUser>[0]) => setUser(toSignedInUser(next));
    const unloaded = () => setUser(null);
    manager.events.addUserLoaded(loaded);
    manager.events.addUserUnloaded(unloaded);
    manager.events.addUserSignedOut(unloaded);
    manager.getUser().then(stored => {
      setUser(toSignedInUser(stored));
      setReady(true);
    }, () => setReady(true));
    return () => {
      manager.events.removeUserLoaded(loaded);
      manager.events.removeUserUnloaded(unloaded);
      manager.events.removeUserSignedOut(unloaded);
    };
  }, []);

  const signIn = useCallback(
    (returnTo?: string) =>
      userManager().signinRedirect({
        state: { returnTo: returnTo ?? window.location.pathname + window.location.search },
        ui_locales: language,
      }),
    [language],
  );

  const signOut = useCallback(async () => {
    const manager = userManager();
    const current = await manager.getUser();
    // The refresh token would outlive the page's session: revoke it before forgetting the tokens.
    await manager.revokeTokens(['refresh_token']).catch(() => undefined);
    await manager.removeUser();
    setUser(null);
    if (current?.id_token) {
      // The client id names the portal, whose post-logout path (/) is checked on the server's own origin.
      await manager.signoutRedirect({ id_token_hint: current.id_token, extraQueryParams: { client_id: clientId } });
    }
  }, []);

  const forget = useCallback(() => {
    void userManager().removeUser();
    setUser(null);
  }, []);

  const value = useMemo<Auth>(
    () => ({ ready, user, hasRole: role => user?.roles.includes(role) ?? false, signIn, signOut, forget }),
    [ready, user, signIn, signOut, forget],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const context = useContext(AuthContext);
  if (!context) throw new Error('useAuth outside AuthProvider');
  return context;
}
