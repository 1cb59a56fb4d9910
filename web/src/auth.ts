// Sign-in with OpenID Connect (authorization code + PKCE) through oidc-client-ts. The gateway's /config.json
// says where the provider is; the code exchange goes to the gateway (same origin), which forwards it.

import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';

export interface WebConfig {
  issuer: string;
  clientId: string;
  authorizationEndpoint: string;
  endSessionEndpoint: string;
  tokenEndpoint: string;
  loopbackRedirect: boolean;
}

/** Who is signed in, from the ID token's claims (the same claims the services read from the access token). */
export interface Me {
  userId: string;
  name: string;
  roles: string[];
  sector: string | null;
  organisation: string | null;
  team: string | null;
}

export const CALLBACK_PATH = '/login/callback';

/**
 * Spring Authorization Server refuses redirect URIs on "localhost" and allows the loopback address on any port,
 * so a page opened on localhost moves to 127.0.0.1 before it signs in. Returns where to go, or null to stay.
 */
export function loopbackMove(href: string, loopbackRedirect: boolean): string | null {
  const url = new URL(href);
  if (!loopbackRedirect || url.hostname !== 'localhost') return null;
  url.hostname = '127.0.0.1';
  return url.toString();
}

let manager: UserManager | null = null;
let config: WebConfig | null = null;

export async function loadConfig(): Promise<WebConfig> {
  const response = await fetch('/config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`config ${response.status}`);
  config = (await response.json()) as WebConfig;
  return config;
}

function users(): UserManager {
  if (!manager) {
    if (!config) throw new Error('config not loaded');
    const origin = window.location.origin;
    manager = new UserManager({
      authority: config.issuer,
      client_id: config.clientId,
      redirect_uri: origin + CALLBACK_PATH,
      post_logout_redirect_uri: origin.replace('127.0.0.1', 'localhost') + '/',
      response_type: 'code',
      scope: 'openid profile',
      metadata: {
        issuer: config.issuer,
        authorization_endpoint: config.authorizationEndpoint,
        token_endpoint: new URL(config.tokenEndpoint, origin).toString(),
        end_session_endpoint: config.endSessionEndpoint,
      },
      // one tab, one session: closing the tab forgets the tokens
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
      automaticSilentRenew: false,
      loadUserInfo: false,
      monitorSession: false,
    });
  }
  return manager;
}

/** Goes to the provider's sign-in, coming back to {@code returnTo}. Never resolves: the page is left. */
export async function signIn(returnTo: string): Promise<never> {
  const move = config ? loopbackMove(window.location.href, config.loopbackRedirect) : null;
  if (move) {
    window.location.replace(move);
  } else {
    await users().signinRedirect({ state: { returnTo } });
  }
  return new Promise<never>(() => {});
}

/** Completes the sign-in on the callback page; returns the app path to show. */
export async function completeSignIn(): Promise<string> {
  const user = await users().signinRedirectCallback();
  const state = user.state as { returnTo?: string } | undefined;
  const returnTo = state?.returnTo ?? '/';
  return returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
}

export async function currentUser(): Promise<User | null> {
  const user = await users().getUser();
  return user && !user.expired ? user : null;
}

export function meOf(user: User): Me {
  const p = user.profile as Record<string, unknown>;
  const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : null);
  return {
    userId: text('preferred_username') ?? user.profile.sub,
    name: text('name') ?? user.profile.sub,
    roles: Array.isArray(p.roles) ? (p.roles as string[]) : [],
    sector: text('sector'),
    organisation: text('organisation'),
    team: text('team'),
  };
}

/**
 * The access token, or a new sign-in when it has run out (the provider's session makes that a quick round trip).
 * {@code minSeconds}: sign in again already if the token runs out sooner, e.g. before a long form is opened.
 */
export async function accessToken(minSeconds = 10): Promise<string> {
  const user = await users().getUser();
  if (!user || user.expired || (user.expires_in ?? 0) < minSeconds) {
    return signIn(window.location.pathname + window.location.search);
  }
  return user.access_token;
}

export async function signOut(): Promise<void> {
  const user = await users().getUser();
  await users().removeUser();
  await users().signoutRedirect({ id_token_hint: user?.id_token });
}
