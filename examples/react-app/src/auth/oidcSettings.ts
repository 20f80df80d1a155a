import { IndexedDbDPoPStore, WebStorageStateStore, type UserManagerSettings } from "oidc-client-ts";
import { authorityOf, type AppConfig } from "../config";
import { BROWSE_SCOPES } from "./scopes";

/**
 * oidc-client-ts does the whole Authorization Code + PKCE (S256) exchange, keeps the tokens and renews them with the
 * refresh token; nothing here touches a code verifier or a token by hand. With `dpop` it also binds the tokens to a
 * key pair (RFC 9449) that WebCrypto makes non-extractable and IndexedDB keeps: a script can use the key while the
 * page lives, but cannot copy it, so a copied token is useless elsewhere. The code exchange and each refresh carry a
 * proof of that key; `react-frontend` requires it.
 */
export function oidcSettings(config: AppConfig, origin: string): UserManagerSettings {
  return {
    authority: authorityOf(config),
    client_id: config.clientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: "code",
    scope: BROWSE_SCOPES,
    automaticSilentRenew: true,
    // Tokens live only as long as the tab: sessionStorage, not localStorage.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    dpop: { store: new IndexedDbDPoPStore() },
  };
}

/** Removes `?code=…&state=…` after the sign-in callback so a reload does not replay a used code. */
export function clearAuthParamsFromUrl(): void {
  window.history.replaceState({}, document.title, window.location.pathname);
}
