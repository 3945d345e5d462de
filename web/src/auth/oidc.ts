import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

/** The portal's public client at our own OpenID Connect server: authorization code with PKCE (S256). */
export const clientId = 'kyzmat-web';
export const scopes = 'openid profile email roles offline_access';

let manager: UserManager | undefined;

/**
 * One UserManager for the page. Tokens live in sessionStorage: closing the tab signs out, and another
 * site's script cannot read them from a cookie. The refresh token renews the access token before it expires.
 */
export function userManager(): UserManager {
  manager ??= new UserManager({
    authority: window.location.origin,
    client_id: clientId,
    redirect_uri: `${window.location.origin}/auth/callback`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    response_type: 'code',
    scope: scopes,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    loadUserInfo: false,
  });
  return manager;
}

/** What the portal needs of a signed-in person, read from the ID token's claims. */
export interface SignedInUser {
  name: string;
  roles: string[];
  accessToken: string;
}

export function toSignedInUser(user: User | null): SignedInUser | null {
  if (!user || user.expired) return null;
  const role = user.profile.role as string | string[] | undefined;
  return {
    name: user.profile.name ?? '',
    roles: Array.isArray(role) ? role : role ? [role] : [],
    accessToken: user.access_token,
  };
}

/** Where to come back after signing in: only a path of the portal itself, never another site. */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') && !value.startsWith('/auth/')
    ? value
    : '/cabinet';
}
